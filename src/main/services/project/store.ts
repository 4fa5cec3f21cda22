import { access, readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { OpenedProject } from '../../../shared/contract/project'
import { KindframeError } from '../../../shared/errors'
import { resolveMediaPath } from '../../../shared/project/media-path'
import { parseProjectText, serializeProject } from '../../../shared/project/parse-project'
import { PROJECT_VERSION, type Project } from '../../../shared/project/schema'
import { writeFileAtomic } from './atomic-write'
import { discardRecovery, findRecovery } from './recovery'

/**
 * Opens a *.kindframe file: parsed, migrated and validated (see parseProjectText for the errors),
 * plus the clips whose media is missing and whether a newer recovery file exists. Never writes.
 */
export async function openProject(path: string): Promise<OpenedProject> {
  const abs = resolve(path)
  const text = await readText(abs)
  const { project, notes } = parseProjectText(text, abs)
  const fileInfo = await stat(abs)
  const missingMedia = await findMissingMedia(abs, project)
  const recoveryFile = await findRecovery(abs)
  const opened: OpenedProject = { project, path: abs, missingMedia, notes }
  if (recoveryFile && recoveryFile.mtimeMs > fileInfo.mtimeMs) {
    opened.recovery = { savedAt: new Date(recoveryFile.mtimeMs).toISOString() }
  }
  return opened
}

/** Atomic save with one .bak of the previous version; removes the recovery file afterwards. */
export async function saveProject(path: string, project: Project): Promise<{ path: string; savedAt: string }> {
  const abs = resolve(path)
  await refuseNewerFile(abs)
  await writeFileAtomic(abs, serializeProject(project), { backup: true })
  await discardRecovery(abs)
  return { path: abs, savedAt: new Date().toISOString() }
}

/** Clip ids whose media file does not exist where the project says. */
export async function findMissingMedia(projectPath: string | null, project: Project): Promise<string[]> {
  const missing: string[] = []
  for (const clip of project.clips) {
    const exists = await access(resolveMediaPath(projectPath, clip.media)).then(() => true, () => false)
    if (!exists) missing.push(clip.id)
  }
  return missing
}

async function readText(abs: string): Promise<string> {
  try {
    return await readFile(abs, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new KindframeError('not-found', `${abs}: no such project file.`)
    if (code === 'EISDIR') throw new KindframeError('not-found', `${abs}: is a folder, not a project file.`)
    if (code === 'EACCES' || code === 'EPERM') throw new KindframeError('not-found', `${abs}: permission denied.`)
    throw err
  }
}

/**
 * Saving over a project written by a newer Kindframe would silently drop whatever that version
 * added, so it is refused. Only the version is peeked at: a damaged file may be replaced (its
 * bytes survive in the .bak).
 */
async function refuseNewerFile(abs: string): Promise<void> {
  const text = await readFile(abs, 'utf8').catch(() => undefined)
  if (text === undefined) return
  let version: unknown
  try {
    version = (JSON.parse(text) as { version?: unknown }).version
  } catch {
    return
  }
  if (typeof version === 'number' && version > PROJECT_VERSION) {
    throw new KindframeError(
      'project-too-new',
      `${abs}: made by a newer Kindframe (version ${version}); this one reads up to ${PROJECT_VERSION}. Not overwritten — save under another name.`
    )
  }
}
