import { newProject } from '../../../../shared/project/schema'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { useUi } from '../../app/ui-store'
import { rememberProjectPath } from './recent'

/**
 * Project lifecycle as plain async functions, shared by dialogs and actions. They throw the
 * client's KindframeError; callers report it (never swallowed here).
 */
export function createProject(title: string, sourceLocale: string, targetLocales: string[]): void {
  const project = { ...newProject(title, sourceLocale), targetLocales }
  useStudio.getState().loadProject(project, null)
  useStudio.getState().setEditLocale(sourceLocale)
  useUi.getState().setMissingMedia([])
  useUi.getState().setAutosavedAt(null)
  // Its first autosave replaces the unsaved-work recovery file: the offer no longer applies.
  useUi.getState().setRecovery(null)
  emitSignal('project-created', { title })
}

export async function openProject(path: string): Promise<void> {
  const opened = await client()['project.open']({ path })
  const studio = useStudio.getState()
  studio.loadProject(opened.project, opened.path)
  studio.setEditLocale(opened.project.sourceLocale)
  studio.selectClip(opened.project.clips[0]?.id ?? null)
  const ui = useUi.getState()
  ui.setMissingMedia(opened.missingMedia)
  ui.setRecovery(opened.recovery ? { path: opened.path, savedAt: opened.recovery.savedAt } : null)
  ui.setAutosavedAt(null)
  rememberProjectPath(opened.path)
  emitSignal('project-opened', { path: opened.path, clips: opened.project.clips.length, recovery: Boolean(opened.recovery) })
}

/** Saves to `path`, or to the current path; returns false when there is no path yet (ask for one). */
export async function saveProject(path?: string): Promise<boolean> {
  const { project, projectPath } = useStudio.getState()
  const target = path ?? projectPath
  if (!project) return true
  if (!target) return false
  const saved = await client()['project.save']({ path: target, project })
  // Only mark saved if nothing changed while writing; otherwise the newer edits stay dirty.
  if (useStudio.getState().project === project) useStudio.getState().markSaved(saved.path)
  else useStudio.setState({ projectPath: saved.path })
  rememberProjectPath(saved.path)
  emitSignal('project-saved', { path: saved.path })
  return true
}

export async function recoverProject(): Promise<void> {
  const recovery = useUi.getState().recovery
  if (!recovery) return
  const recovered = await client()['project.recover']({ path: recovery.path })
  useStudio.getState().loadProject(recovered.project, recovery.path)
  // The recovered document is newer than the file on disk: it must be saved to keep it.
  useStudio.setState({ dirty: true })
  useUi.getState().setRecovery(null)
  emitSignal('project-recovered', { savedAt: recovered.savedAt })
}

export async function discardRecovery(): Promise<void> {
  const recovery = useUi.getState().recovery
  if (!recovery) return
  await client()['project.discardRecovery']({ path: recovery.path })
  useUi.getState().setRecovery(null)
  emitSignal('recovery-discarded')
}
