import { useEffect } from 'react'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { reportError } from '../../app/notify'
import { useStudio } from '../../store'
import { sessionId } from './session'

/** Focus and visibilitychange arrive together: one question for the burst. */
export const FILE_WATCH_DEBOUNCE_MS = 250

/**
 * When the user comes back to the window, ask main whether the project file changed since this
 * window read or wrote it (another window, tab, machine or program saved it). Saying so then,
 * in a banner, beats learning it from a refused save later. Also keeps this window's lock alive
 * after the window that held it has closed.
 */
export async function checkFileNow(): Promise<void> {
  const { projectPath, fileFingerprint } = useStudio.getState()
  if (!projectPath) return
  const status = await client()['project.status']({
    path: projectPath,
    sessionId: sessionId(),
    baseFingerprint: fileFingerprint ?? undefined
  })
  const now = useStudio.getState()
  // Saved, reopened or switched project while asking: this answer is about an older state.
  if (now.projectPath !== projectPath || now.fileFingerprint !== fileFingerprint) return
  if (now.changedOnDisk !== status.changedOnDisk) now.setChangedOnDisk(status.changedOnDisk)
  emitSignal('file-checked', {
    changedOnDisk: status.changedOnDisk,
    missing: status.missing,
    openElsewhere: Boolean(status.openElsewhere)
  })
}

export function useFileWatch(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const schedule = () => {
      if (document.visibilityState !== 'visible') return
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        checkFileNow().catch(reportError)
      }, FILE_WATCH_DEBOUNCE_MS)
    }
    window.addEventListener('focus', schedule)
    document.addEventListener('visibilitychange', schedule)
    return () => {
      window.removeEventListener('focus', schedule)
      document.removeEventListener('visibilitychange', schedule)
      if (timer) clearTimeout(timer)
    }
  }, [])
}
