import { useEffect } from 'react'
import { useStudio } from '../../store'
import { releaseFile } from './commands'

/**
 * Closing the window (or tab) removes its "open here" lock so the next window is not warned
 * about a window that is gone. Best effort: a request sent while the page unloads may not
 * arrive; such a lock goes stale when the process exits (main removes its own locks) or ages out.
 */
export function useReleaseOnClose(): void {
  useEffect(() => {
    const onHide = (e: PageTransitionEvent) => {
      const { projectPath } = useStudio.getState()
      // A page kept in the back/forward cache may come back: it still has the project open.
      if (projectPath && !e.persisted) releaseFile(projectPath)
    }
    window.addEventListener('pagehide', onHide)
    return () => window.removeEventListener('pagehide', onHide)
  }, [])
}
