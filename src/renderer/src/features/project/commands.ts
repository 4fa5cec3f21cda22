import { KindframeError } from '../../../../shared/errors'
import { newProject } from '../../../../shared/project/schema'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { rememberProjectPath } from './recent'
import { offerRecovery, useRecoveryOffer } from './recovery-offer'
import { sessionId } from './session'
import { recoverySid } from '../../../../shared/project/recovery-name'

/**
 * Project lifecycle as plain async functions, shared by dialogs and actions. They throw the
 * client's KindframeError; callers report it (never swallowed here).
 */
export function createProject(title: string, sourceLocale: string, targetLocales: string[]): void {
  const project = { ...newProject(title, sourceLocale), targetLocales }
  releaseCurrentFile()
  useStudio.getState().loadProject(project, null)
  resetFileState()
  useStudio.getState().setEditLocale(sourceLocale)
  useStudio.getState().setMissingMedia([])
  useStudio.getState().setAutosavedAt(null)
  // A new document: an offer of earlier unsaved work no longer applies here (its file stays for the next start).
  offerRecovery(null)
  emitSignal('project-created', { title })
}

export async function openProject(path: string): Promise<void> {
  const previous = useStudio.getState().projectPath
  const opened = await client()['project.open']({ path, sessionId: sessionId() })
  if (previous && previous !== opened.path) releaseFile(previous)
  const studio = useStudio.getState()
  studio.loadProject(opened.project, opened.path)
  resetFileState()
  studio.setFileFingerprint(opened.fingerprint)
  studio.setOpenElsewhere(opened.openElsewhere ?? null)
  studio.setEditLocale(opened.project.sourceLocale)
  studio.selectClip(opened.project.clips[0]?.id ?? null)
  const ui = useStudio.getState()
  ui.setMissingMedia(opened.missingMedia)
  const newest = opened.recoveries[0]
  offerRecovery(
    newest ? { path: opened.path, savedAt: newest.savedAt, id: newest.id, count: opened.recoveries.length } : null
  )
  ui.setAutosavedAt(null)
  rememberProjectPath(opened.path)
  emitSignal('project-opened', {
    path: opened.path,
    clips: opened.project.clips.length,
    recovery: Boolean(opened.recovery),
    recoveries: opened.recoveries.length,
    openElsewhere: Boolean(opened.openElsewhere)
  })
}

/**
 * Saves to `path`, or to the current path; returns false when there is no path yet (ask for one).
 * Saving over the file this window opened sends its fingerprint, so a file another window or
 * program changed since is refused: that is not an error to toast but a choice to offer (the
 * conflict dialog), and the edits stay in the window. `force` is the user's "Overwrite".
 */
export async function saveProject(path?: string, opts: { force?: boolean } = {}): Promise<boolean> {
  const { project, projectPath, fileFingerprint } = useStudio.getState()
  const target = path ?? projectPath
  if (!project) return true
  if (!target) return false
  const sameFile = target === projectPath
  const baseFingerprint = sameFile ? (fileFingerprint ?? undefined) : undefined
  let saved
  try {
    saved = await client()['project.save']({
      path: target,
      project,
      baseFingerprint,
      force: opts.force ?? false,
      sessionId: sessionId()
    })
  } catch (err) {
    if (!(err instanceof KindframeError && err.code === 'conflict')) throw err
    useStudio.getState().setSaveConflict({ path: target, message: err.message })
    // Stays as a reminder (with Reload) if the user closes the dialog to keep editing.
    useStudio.getState().setChangedOnDisk(true)
    emitSignal('save-conflict', { path: target })
    return true
  }
  // Only mark saved if nothing changed while writing; otherwise the newer edits stay dirty.
  if (useStudio.getState().project === project) useStudio.getState().markSaved(saved.path)
  else useStudio.setState({ projectPath: saved.path })
  if (projectPath && projectPath !== saved.path) releaseFile(projectPath)
  if (projectPath !== saved.path) forgetOwnRecovery(projectPath)
  const studio = useStudio.getState()
  studio.setFileFingerprint(saved.fingerprint)
  studio.setSaveConflict(null)
  studio.setChangedOnDisk(false)
  if (!sameFile) studio.setOpenElsewhere(null)
  rememberProjectPath(saved.path)
  emitSignal('project-saved', { path: saved.path, forced: opts.force ?? false })
  return true
}

/** This window no longer holds `path`: remove its lock (never another window's; best effort). */
export function releaseFile(path: string): void {
  client()
    ['project.close']({ path, sessionId: sessionId() })
    .catch(() => {
      // A lock we could not remove is judged stale later (dead pid or 12 h); nothing of the user's is at stake.
    })
}

/**
 * After Save As (or the first save of an unsaved project) this window's recovery for the old path
 * holds work that is now saved elsewhere: removed, so it is not offered again (only this window's).
 */
function forgetOwnRecovery(path: string | null): void {
  client()
    ['project.discardRecovery']({ path, sessionId: sessionId(), recoveryId: recoverySid(sessionId()) })
    .catch(() => {
      // A leftover is only offered again later: nothing is lost.
    })
}

function releaseCurrentFile(): void {
  const { projectPath } = useStudio.getState()
  if (projectPath) releaseFile(projectPath)
}

function resetFileState(): void {
  const studio = useStudio.getState()
  studio.setFileFingerprint(null)
  studio.setOpenElsewhere(null)
  studio.setSaveConflict(null)
  studio.setChangedOnDisk(false)
}

export async function recoverProject(): Promise<void> {
  const recovery = useStudio.getState().recovery
  if (!recovery) return
  const recoveryId = useRecoveryOffer.getState().id ?? undefined
  const recovered = await client()['project.recover']({ path: recovery.path, sessionId: sessionId(), recoveryId })
  useStudio.getState().loadProject(recovered.project, recovery.path)
  // The recovered document is newer than the file on disk: it must be saved to keep it.
  useStudio.setState({ dirty: true })
  offerRecovery(null)
  emitSignal('project-recovered', { savedAt: recovered.savedAt })
}

export async function discardRecovery(): Promise<void> {
  const recovery = useStudio.getState().recovery
  if (!recovery) return
  const recoveryId = useRecoveryOffer.getState().id ?? undefined
  await client()['project.discardRecovery']({ path: recovery.path, sessionId: sessionId(), recoveryId })
  offerRecovery(null)
  emitSignal('recovery-discarded')
}
