import { useEffect } from 'react'
import { emitSignal } from '../../app/harness'
import { reportError } from '../../app/notify'
import { useStudio } from '../../store'
import { checkClipMedia, checkMediaNow } from './media-check'

/** Focus and visibilitychange arrive together when a window comes back: one check for the burst. */
export const MEDIA_WATCH_DEBOUNCE_MS = 250

/**
 * Media can disappear while the project is open (deleted, renamed, a drive unplugged). Checked
 * when the user comes back to the window (they may have been in a file manager), when a clip is
 * selected (that clip only), and when a <video> fails to load (a file gone after the player
 * resolved it). `error` does not bubble, so it is caught on the way down (capture) without the
 * player knowing about this hook.
 */
export function useMediaWatch(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const schedule = (trigger: 'focus' | 'visible' | 'video-error') => {
      if (document.visibilityState !== 'visible') return
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        emitSignal('media-recheck', { trigger })
        checkMediaNow().catch(reportError)
      }, MEDIA_WATCH_DEBOUNCE_MS)
    }
    const onFocus = () => schedule('focus')
    const onVisible = () => schedule('visible')
    const onError = (e: Event) => {
      if (e.target instanceof HTMLMediaElement) schedule('video-error')
    }
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onVisible)
    document.addEventListener('error', onError, true)
    const unsubscribe = useStudio.subscribe((state, prev) => {
      if (state.selectedClipId && state.selectedClipId !== prev.selectedClipId)
        checkClipMedia(state.selectedClipId).catch(reportError)
    })
    return () => {
      unsubscribe()
      window.removeEventListener('focus', onFocus)
      document.removeEventListener('visibilitychange', onVisible)
      document.removeEventListener('error', onError, true)
      if (timer) clearTimeout(timer)
    }
  }, [])
}
