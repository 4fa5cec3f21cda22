import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, unlink } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { parseProjectText } from '../../../shared/project/parse-project'
import type { Project } from '../../../shared/project/schema'
import { writeFileAtomic } from './atomic-write'

/**
 * Crash recovery. Every autosave writes the whole project (atomically) to a recovery file:
 * - for a saved project: `.<name>.kindframe.recovery` next to it, so it travels with the project;
 *   if that folder is read-only, the per-user recovery folder below (named by a hash of the path);
 * - for an unsaved project (path null): `unsaved.kindframe.recovery` in the per-user recovery
 *   folder: $KINDFRAME_RECOVERY_DIR, else ~/.kindframe/recovery (else <os tmp>/kindframe-recovery).
 * A successful save or an explicit discard removes it.
 */
export function recoveryDir(): string {
  if (process.env.KINDFRAME_RECOVERY_DIR) return resolve(process.env.KINDFRAME_RECOVERY_DIR)
  const home = homedir()
  return home ? join(home, '.kindframe', 'recovery') : join(tmpdir(), 'kindframe-recovery')
}

/** Where recovery for `projectPath` may live, preferred first. */
export function recoveryCandidates(projectPath: string | null): string[] {
  if (projectPath === null) return [join(recoveryDir(), 'unsaved.kindframe.recovery')]
  const abs = resolve(projectPath)
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 16)
  return [join(dirname(abs), `.${basename(abs)}.recovery`), join(recoveryDir(), `${hash}.kindframe.recovery`)]
}

interface RecoveryFile {
  kind: 'kindframe-recovery'
  savedAt: string
  projectPath: string | null
  project: Project
}

/** Cheap on purpose (called ≤ every 2 s while editing): the input is already validated, no .bak. */
export async function autosaveProject(projectPath: string | null, project: Project): Promise<{ recoveryPath: string; savedAt: string }> {
  const savedAt = new Date().toISOString()
  const body: RecoveryFile = { kind: 'kindframe-recovery', savedAt, projectPath: projectPath && resolve(projectPath), project }
  const text = JSON.stringify(body)
  const [preferred, fallback] = recoveryCandidates(projectPath)
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

/** The newest recovery for `projectPath`, or undefined. */
export async function findRecovery(projectPath: string | null): Promise<{ path: string; mtimeMs: number } | undefined> {
  let best: { path: string; mtimeMs: number } | undefined
  for (const path of recoveryCandidates(projectPath)) {
    const info = await stat(path).catch(() => undefined)
    if (info?.isFile() && (!best || info.mtimeMs > best.mtimeMs)) best = { path, mtimeMs: info.mtimeMs }
  }
  return best
}

export async function recoverProject(projectPath: string | null): Promise<{ project: Project; savedAt: string }> {
  const found = await findRecovery(projectPath)
  const label = projectPath === null ? 'the unsaved project' : resolve(projectPath)
  if (!found) throw new KindframeError('not-found', `No recovery file for ${label}.`)
  const text = await readFile(found.path, 'utf8')
  let body: Partial<RecoveryFile>
  try {
    body = JSON.parse(text) as Partial<RecoveryFile>
  } catch {
    throw new KindframeError('project-corrupt', `${found.path}: the recovery file is damaged (not valid JSON); discard it.`)
  }
  if (body.kind !== 'kindframe-recovery' || typeof body.savedAt !== 'string') {
    throw new KindframeError('project-corrupt', `${found.path}: not a Kindframe recovery file.`)
  }
  // The same checks as opening a project: a recovery written by a newer Kindframe is refused too.
  const { project } = parseProjectText(JSON.stringify(body.project ?? null), found.path)
  return { project, savedAt: body.savedAt }
}

export async function discardRecovery(projectPath: string | null): Promise<{ discarded: boolean }> {
  let discarded = false
  for (const path of recoveryCandidates(projectPath)) {
    // Only files: something else squatting on the name is not ours to delete.
    const isFile = await stat(path).then((s) => s.isFile(), () => false)
    if (!isFile) continue
    await unlink(path).then(
      () => (discarded = true),
      (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      }
    )
  }
  return { discarded }
}
