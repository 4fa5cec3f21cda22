import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { parseProjectText } from '../../../shared/project/parse-project'
import {
  LEGACY_RECOVERY_ID,
  RECOVERY_SID,
  recoverySid,
  type RecoveryCandidate
} from '../../../shared/project/recovery-name'
import type { Project } from '../../../shared/project/schema'
import { writeFileAtomic } from './atomic-write'
import { liveLockSid } from './recovery-lock'

/**
 * Crash recovery. Every autosave writes the whole project (atomically) to a recovery file of ITS
 * window (session), so one window's autosave or save never touches another window's unsaved work:
 * - for a saved project: `.<name>.kindframe.<sid>.recovery` next to it, so it travels with the
 *   project; if that folder is read-only, `<pathhash>.<sid>.kindframe.recovery` in the per-user
 *   recovery folder below;
 * - for an unsaved project (path null): `unsaved.<sid>.kindframe.recovery` in the per-user
 *   recovery folder: $KINDFRAME_RECOVERY_DIR, else ~/.kindframe/recovery (else <os tmp>/kindframe-recovery).
 * Without a session (the CLI, older callers) the names have no `.<sid>` part ("legacy"); those are
 * still found, offered and removed. A successful save removes the saving session's file (and the
 * legacy one), an explicit discard the chosen one.
 */
export function recoveryDir(): string {
  if (process.env.KINDFRAME_RECOVERY_DIR) return resolve(process.env.KINDFRAME_RECOVERY_DIR)
  const home = homedir()
  return home ? join(home, '.kindframe', 'recovery') : join(tmpdir(), 'kindframe-recovery')
}

/** One place recovery files of a project may live, and how their names carry the session. */
interface RecoveryPlace {
  dir: string
  prefix: string
  suffix: string
  /** The name without a session. */
  legacy: string
}

function recoveryPlaces(projectPath: string | null): RecoveryPlace[] {
  if (projectPath === null) {
    return [
      { dir: recoveryDir(), prefix: 'unsaved.', suffix: '.kindframe.recovery', legacy: 'unsaved.kindframe.recovery' }
    ]
  }
  const abs = resolve(projectPath)
  const name = basename(abs)
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 16)
  return [
    { dir: dirname(abs), prefix: `.${name}.`, suffix: '.recovery', legacy: `.${name}.recovery` },
    { dir: recoveryDir(), prefix: `${hash}.`, suffix: '.kindframe.recovery', legacy: `${hash}.kindframe.recovery` }
  ]
}

function fileName(place: RecoveryPlace, id: string): string {
  return id === LEGACY_RECOVERY_ID ? place.legacy : `${place.prefix}${id}${place.suffix}`
}

/** The recovery id a file name stands for in `place`, or undefined when it is not one of ours. */
function idOf(place: RecoveryPlace, name: string): string | undefined {
  if (name === place.legacy) return LEGACY_RECOVERY_ID
  if (!name.startsWith(place.prefix) || !name.endsWith(place.suffix)) return undefined
  const sid = name.slice(place.prefix.length, name.length - place.suffix.length)
  return RECOVERY_SID.test(sid) ? sid : undefined
}

/** The recovery id a session writes under ('legacy' without a session). */
export function recoveryIdFor(sessionId?: string): string {
  return sessionId ? recoverySid(sessionId) : LEGACY_RECOVERY_ID
}

/** Where `sessionId`'s recovery for `projectPath` is written, preferred first. */
export function recoveryCandidates(projectPath: string | null, sessionId?: string): string[] {
  const id = recoveryIdFor(sessionId)
  return recoveryPlaces(projectPath).map((place) => join(place.dir, fileName(place, id)))
}

/** All recovery files of one session (or legacy) for a project: its newest first. */
export interface RecoveryEntry {
  id: string
  paths: string[]
  mtimeMs: number
}

/** Every recovery file for `projectPath`, grouped by session, newest session first. */
export async function listRecoveries(projectPath: string | null): Promise<RecoveryEntry[]> {
  const files: { id: string; path: string; mtimeMs: number }[] = []
  for (const place of recoveryPlaces(projectPath)) {
    const names = await readdir(place.dir).catch(() => [] as string[])
    for (const name of names) {
      const id = idOf(place, name)
      if (id === undefined) continue
      const path = join(place.dir, name)
      // Only files: something else squatting on the name is not ours to read or delete.
      const info = await stat(path).catch(() => undefined)
      if (info?.isFile()) files.push({ id, path, mtimeMs: info.mtimeMs })
    }
  }
  // Newest first; files written within one filesystem timestamp tick tie, and then the order must not
  // depend on readdir: fall back to the id.
  files.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const byId = new Map<string, RecoveryEntry>()
  for (const f of files) {
    const entry = byId.get(f.id)
    if (entry) entry.paths.push(f.path)
    else byId.set(f.id, { id: f.id, paths: [f.path], mtimeMs: f.mtimeMs })
  }
  return [...byId.values()]
}

export interface RecoveryOffer extends RecoveryCandidate {
  mtimeMs: number
}

/**
 * What to offer a window opening `projectPath`, newest first:
 * - its own session's file and the legacy one only if newer than the project file (`projectMtimeMs`;
 *   older ones were already saved);
 * - other sessions' files whenever they exist (their work never reached this window's saves), except
 *   the session holding the live lock: that window is open, not crashed, and still has its edits.
 */
export async function recoveryOffers(
  projectPath: string | null,
  sessionId?: string,
  projectMtimeMs?: number
): Promise<RecoveryOffer[]> {
  const own = sessionId ? recoverySid(sessionId) : undefined
  const live = projectPath === null ? undefined : await liveLockSid(projectPath, sessionId)
  const offers: RecoveryOffer[] = []
  for (const entry of await listRecoveries(projectPath)) {
    const ownSession = entry.id === own
    if (ownSession || entry.id === LEGACY_RECOVERY_ID) {
      if (projectMtimeMs !== undefined && entry.mtimeMs <= projectMtimeMs) continue
    } else if (entry.id === live) continue
    offers.push({ id: entry.id, savedAt: new Date(entry.mtimeMs).toISOString(), ownSession, mtimeMs: entry.mtimeMs })
  }
  return offers
}

interface RecoveryFile {
  kind: 'kindframe-recovery'
  savedAt: string
  projectPath: string | null
  project: Project
}

/** Cheap on purpose (called ≤ every 2 s while editing): the input is already validated, no .bak. */
export async function autosaveProject(
  projectPath: string | null,
  project: Project,
  sessionId?: string
): Promise<{ recoveryPath: string; savedAt: string }> {
  const savedAt = new Date().toISOString()
  const body: RecoveryFile = {
    kind: 'kindframe-recovery',
    savedAt,
    projectPath: projectPath && resolve(projectPath),
    project
  }
  const text = JSON.stringify(body)
  const [preferred, fallback] = recoveryCandidates(projectPath, sessionId)
  if (projectPath === null) await mkdir(dirname(preferred), { recursive: true })
  try {
    await writeFileAtomic(preferred, text)
    return { recoveryPath: preferred, savedAt }
  } catch (err) {
    if (!fallback || !(err instanceof KindframeError) || err.code !== 'not-writable') throw err
    await mkdir(dirname(fallback), { recursive: true })
    await writeFileAtomic(fallback, text)
    return { recoveryPath: fallback, savedAt }
  }
}

export interface RecoveryChoice {
  /** The window asking: its own file counts as its own, and a live lock holder is skipped by default. */
  sessionId?: string
  /** Which recovery (a RecoveryCandidate id); default: the newest one on offer. */
  recoveryId?: string
}

/** The chosen recovery's files, or not-found. */
async function chosen(projectPath: string | null, choice: RecoveryChoice): Promise<RecoveryEntry> {
  const label = projectPath === null ? 'the unsaved project' : resolve(projectPath)
  const entries = await listRecoveries(projectPath)
  let entry: RecoveryEntry | undefined
  if (choice.recoveryId !== undefined) {
    entry = entries.find((e) => e.id === choice.recoveryId)
    if (!entry) throw new KindframeError('not-found', `No recovery file "${choice.recoveryId}" for ${label}.`)
  } else {
    const newest = (await recoveryOffers(projectPath, choice.sessionId))[0]
    entry = newest && entries.find((e) => e.id === newest.id)
    if (!entry) throw new KindframeError('not-found', `No recovery file for ${label}.`)
  }
  return entry
}

/**
 * Reads a recovery. Without a recoveryId it only looks (the newest on offer, e.g. to offer unsaved
 * work on start). With a sessionId AND a recoveryId of another session, the user chose to continue
 * that work in this window: the file becomes this window's own, so its autosaves replace it and its
 * save clears it (otherwise the same, already-saved work would be offered again on every open).
 */
export async function recoverProject(
  projectPath: string | null,
  choice: RecoveryChoice = {}
): Promise<{ project: Project; savedAt: string; recoveryId: string }> {
  const entry = await chosen(projectPath, choice)
  const path = entry.paths[0]
  const text = await readFile(path, 'utf8')
  let body: Partial<RecoveryFile>
  try {
    body = JSON.parse(text) as Partial<RecoveryFile>
  } catch {
    throw new KindframeError('project-corrupt', `${path}: the recovery file is damaged (not valid JSON); discard it.`)
  }
  if (body.kind !== 'kindframe-recovery' || typeof body.savedAt !== 'string') {
    throw new KindframeError('project-corrupt', `${path}: not a Kindframe recovery file.`)
  }
  // The same checks as opening a project: a recovery written by a newer Kindframe is refused too.
  const { project } = parseProjectText(JSON.stringify(body.project ?? null), path)
  if (choice.sessionId && choice.recoveryId !== undefined) await adopt(projectPath, entry, choice.sessionId)
  return { project, savedAt: body.savedAt, recoveryId: entry.id }
}

/**
 * Renames another session's recovery to `sessionId`'s name (same folder), dated now so it counts as
 * newer than the project file. Never over this session's own recovery: then nothing moves (its own
 * unsaved work is not replaced by someone else's; the chosen file is simply offered again later).
 */
async function adopt(projectPath: string | null, entry: RecoveryEntry, sessionId: string): Promise<void> {
  const own = recoverySid(sessionId)
  if (entry.id === own || (await listRecoveries(projectPath)).some((e) => e.id === own)) return
  const [newest, ...older] = entry.paths
  const place = recoveryPlaces(projectPath).find((p) => dirname(newest) === p.dir)
  if (!place) return
  const target = join(place.dir, fileName(place, own))
  await rename(newest, target)
  const now = new Date()
  await utimes(target, now, now)
  await removeFiles(older)
}

/** Removes the chosen recovery (default: the newest on offer); never another one. */
export async function discardRecovery(
  projectPath: string | null,
  choice: RecoveryChoice = {}
): Promise<{ discarded: boolean }> {
  const entry = await chosen(projectPath, choice).catch((err: unknown) => {
    if (err instanceof KindframeError && err.code === 'not-found') return undefined
    throw err
  })
  return { discarded: entry ? await removeFiles(entry.paths) : false }
}

/** After a successful save by `sessionId`: its own recovery and the legacy one are saved now; others' are not. */
export async function clearSavedRecovery(
  projectPath: string | null,
  sessionId?: string
): Promise<{ discarded: boolean }> {
  const ids = new Set([LEGACY_RECOVERY_ID, recoveryIdFor(sessionId)])
  const entries = (await listRecoveries(projectPath)).filter((e) => ids.has(e.id))
  return { discarded: await removeFiles(entries.flatMap((e) => e.paths)) }
}

async function removeFiles(paths: string[]): Promise<boolean> {
  let removed = false
  for (const path of paths) {
    await unlink(path).then(
      () => (removed = true),
      (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      }
    )
  }
  return removed
}
