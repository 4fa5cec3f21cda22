import { useEffect } from 'react'
import { reportError } from '../../app/notify'
import { checkMediaNow } from './media-check'

/** Focus and visibilitychange arrive together when a window comes back: one check for the burst. */
export const MEDIA_WATCH_DEBOUNCE_MS = 250

/**
 * Media can disappear while the project is open (deleted, renamed, a drive unplugged). Checked
 * when the user comes back to the window (they may have been in a file manager) and when a
 * <video> fails to load, which is how the player notices first. `error` does not bubble, so it is
 * caught on the way down (capture) without the player knowing about this hook.
 */
export function useMediaWatch(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const schedule = () => {
      if (document.visibilityState !== 'visible') return
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        checkMediaNow().catch(reportError)
      }, MEDIA_WATCH_DEBOUNCE_MS)
    }
    const onError = (e: Event) => {
      if (e.target instanceof HTMLMediaElement) schedule()
    }
    window.addEventListener('focus', schedule)
    document.addEventListener('visibilitychange', schedule)
    document.addEventListener('error', onError, true)
    return () => {
      window.removeEventListener('focus', schedule)
      document.removeEventListener('visibilitychange', schedule)
      document.removeEventListener('error', onError, true)
      if (timer) clearTimeout(timer)
    }
  }, [])
}
