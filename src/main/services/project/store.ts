import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { OpenedProject, SavedProject } from '../../../shared/contract/project'
import { KindframeError } from '../../../shared/errors'
import { saveVerdict, type ProjectFingerprint } from '../../../shared/project/concurrency'
import { parseProjectText, serializeProject } from '../../../shared/project/parse-project'
import { PROJECT_VERSION, type Project } from '../../../shared/project/schema'
import { sweepStaleTemps, writeFileAtomic } from './atomic-write'
import { currentFingerprint, fingerprintOf } from './fingerprint'
import { clearSavedRecovery, recoveryOffers } from './recovery'
import { resolveMedia } from '../media/resolve'

/**
 * Opens a *.kindframe file: parsed, migrated and validated (see parseProjectText for the errors),
 * plus the clips whose media is missing and the recovery files to offer (see recoveryOffers: the
 * window's own if newer than the file, other windows' unless they are live). Never writes.
 */
export async function openProject(path: string, opts: { sessionId?: string } = {}): Promise<OpenedProject> {
  const abs = resolve(path)
  const bytes = await readBytes(abs)
  const { project, notes } = parseProjectText(bytes.toString('utf8'), abs)
  const fileInfo = await stat(abs)
  // What a save killed mid-write left beside the file (never a live writer's temp).
  await sweepStaleTemps(abs)
  const missingMedia = await findMissingMedia(abs, project)
  const offers = await recoveryOffers(abs, opts.sessionId, fileInfo.mtimeMs)
  // Of the bytes parsed (not re-read), so a save can tell whether the file changed since.
  const fingerprint = fingerprintOf(bytes, fileInfo.mtimeMs)
  const recoveries = offers.map(({ id, savedAt, ownSession }) => ({ id, savedAt, ownSession }))
  const opened: OpenedProject = { project, path: abs, missingMedia, notes, fingerprint, recoveries }
  // Older callers read only this: the newest offer.
  if (recoveries[0]) opened.recovery = { savedAt: recoveries[0].savedAt }
  return opened
}

export interface SaveOptions {
  /** The fingerprint from project.open (or the last save): refuse if the file changed since. */
  baseFingerprint?: ProjectFingerprint
  /** The user chose "Overwrite" after a conflict: save anyway (still atomic, previous version in .bak). */
  force?: boolean
  /** The saving window: only its own recovery file (and the legacy one) is cleared, never another window's. */
  sessionId?: string
}

/**
 * Atomic save with one .bak of the previous version; removes this session's recovery file afterwards.
 * With a base fingerprint, a file changed on disk since (another window, tab, machine or program)
 * is refused with 'conflict' and nothing is written.
 */
export function saveProject(path: string, project: Project, opts: SaveOptions = {}): Promise<SavedProject> {
  const abs = resolve(path)
  // Saves of one file from this process (two tabs on one bridge) run one at a time, so both
  // cannot pass the check before either has written.
  const run = (saving.get(abs) ?? Promise.resolve()).then(() => saveNow(abs, project, opts))
  const tail = run.catch(() => {})
  saving.set(abs, tail)
  void tail.then(() => saving.get(abs) === tail && saving.delete(abs))
  return run
}

const saving = new Map<string, Promise<unknown>>()

async function saveNow(abs: string, project: Project, opts: SaveOptions): Promise<SavedProject> {
  await refuseNewerFile(abs)
  const current = opts.baseFingerprint && !opts.force ? await currentFingerprint(abs) : null
  if (saveVerdict(opts.baseFingerprint, current, opts.force ?? false) === 'conflict') {
    throw new KindframeError(
      'conflict',
      `${abs} was changed on disk since you opened it (another window or program saved it). Nothing was written: your edits are still here. Overwrite it, save under another name, or reload it from disk.`,
      { current }
    )
  }
  const text = serializeProject(project)
  await sweepStaleTemps(abs)
  await writeFileAtomic(abs, text, { backup: true })
  const written = await stat(abs)
  await clearSavedRecovery(abs, opts.sessionId)
  return { path: abs, savedAt: new Date().toISOString(), fingerprint: fingerprintOf(text, written.mtimeMs) }
}

/** Clip ids whose media file does not exist where the project says. */
export async function findMissingMedia(projectPath: string | null, project: Project): Promise<string[]> {
  const missing: string[] = []
  for (const clip of project.clips) {
    if (!(await resolveMedia(projectPath, clip.media)).exists) missing.push(clip.id)
  }
  return missing
}

async function readBytes(abs: string): Promise<Buffer> {
  try {
    return await readFile(abs)
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
