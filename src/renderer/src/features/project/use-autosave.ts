import { useEffect } from 'react'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { reportError } from '../../app/notify'
import { sessionId } from './session'

/** Debounce after the last edit; the contract promises a recovery file within 2 s. */
export const AUTOSAVE_DELAY_MS = 1000

/** Watches the document revision and writes the recovery file shortly after edits stop. */
export function useAutosave(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const unsubscribe = useStudio.subscribe((state, prev) => {
      if (state.revision === prev.revision || !state.dirty || !state.project) return
      if (timer) clearTimeout(timer)
      timer = setTimeout(async () => {
        timer = null
        const { project, projectPath, dirty } = useStudio.getState()
        if (!project || !dirty) return
        try {
          const result = await client()['project.autosave']({ path: projectPath, project, sessionId: sessionId() })
          useStudio.getState().setAutosavedAt(result.savedAt)
          emitSignal('autosaved', { savedAt: result.savedAt, recoveryPath: result.recoveryPath })
        } catch (err) {
          reportError(err)
        }
      }, AUTOSAVE_DELAY_MS)
    })
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
    }
  }, [])
}
