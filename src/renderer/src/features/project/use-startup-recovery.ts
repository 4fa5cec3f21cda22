import { useEffect } from 'react'
import { KindframeError } from '../../../../shared/errors'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { reportError } from '../../app/notify'
import { useStudio } from '../../store'
import { offerRecovery } from './recovery-offer'
import { sessionId } from './session'

/**
 * On start, offer work from an unsaved project that was autosaved before the app went away
 * (a saved project's recovery is offered when it is opened). "not-found" is the normal answer
 * "there is nothing to recover"; any other error is shown.
 */
export function useStartupRecovery(): void {
  useEffect(() => {
    let live = true
    // No recoveryId: only a look at the newest unsaved work of any window (a crashed one's, or this one's before a reload).
    client()
      ['project.recover']({ path: null, sessionId: sessionId() })
      .then((r) => {
        if (!live || useStudio.getState().project || useStudio.getState().recovery) return
        offerRecovery({ path: null, savedAt: r.savedAt, id: r.recoveryId, count: 1 })
        emitSignal('recovery-offered', { path: null, savedAt: r.savedAt })
      })
      .catch((err: unknown) => {
        if (err instanceof KindframeError && err.code === 'not-found') return
        reportError(err)
      })
    return () => {
      live = false
    }
  }, [])
}
