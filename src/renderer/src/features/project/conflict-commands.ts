import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { useStudio } from '../../store'
import { openProject, saveProject } from './commands'
import { sessionId } from './session'

/** The three ways out of a save conflict (see SaveConflictDialog). Each throws for the caller to report. */

/** The user has seen that the file changed and wants this window's version on disk (the other one goes to .bak). */
export async function overwriteOnConflict(): Promise<void> {
  const conflict = useStudio.getState().saveConflict
  if (!conflict) return
  await saveProject(conflict.path, { force: true })
}

export function saveAsOnConflict(): void {
  useStudio.getState().setSaveConflict(null)
  useStudio.getState().openDialog('saveAs')
}

/**
 * Shows what is on disk now. This window's edits are written to the recovery file FIRST (and
 * only then is the file reopened), so the recovery offer that follows the reopen brings them
 * back with one click: nothing is lost by choosing this.
 */
export async function reloadOnConflict(): Promise<void> {
  const { saveConflict } = useStudio.getState()
  if (saveConflict) await reloadFromDisk(saveConflict.path)
}

/** Same, from the "changed on disk" banner (no save attempted yet). */
export async function reloadFromDisk(path: string): Promise<void> {
  const { project, projectPath, dirty } = useStudio.getState()
  if (!project) return
  let recoveryPath: string | null = null
  // Unchanged documents have nothing to keep (and an offer to recover them would only confuse).
  if (dirty) {
    const kept = await client()['project.autosave']({ path: projectPath, project, sessionId: sessionId() })
    recoveryPath = kept.recoveryPath
    emitSignal('autosaved', { savedAt: kept.savedAt, recoveryPath })
  }
  await openProject(path)
  emitSignal('project-reloaded', { path, recoveryPath })
}
