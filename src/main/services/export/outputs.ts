import { access, constants, link, mkdir, readdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { parsePartialName } from '../../../shared/export/output-name'
import { ownerIsGone, ownerTag, parseOwnerTag } from '../fs/owner'

/**
 * Output-file rules: nothing half-written under a final name, nothing the user has overwritten
 * unless they asked. Encodes go to a hidden partial name in the same folder; only a verified file
 * is moved into place.
 */
export async function prepareOutputDir(finalPath: string, overwrite: boolean, created?: Set<string>): Promise<void> {
  const dir = dirname(finalPath)
  try {
    // mkdir answers the first folder it had to create: remembered so an export that produced
    // nothing can take its empty folders away again (removeEmptyCreated).
    const first = await mkdir(dir, { recursive: true })
    if (first && created) for (let d = dir; d.startsWith(first); d = dirname(d)) created.add(d)
    await access(dir, constants.W_OK)
  } catch (err) {
    throw asOutputError(err, dir)
  }
  await sweepStalePartials(dir)
  if (!overwrite && (await exists(finalPath))) {
    throw new KindframeError(
      'exists',
      `${finalPath} already exists; not overwriting it (use overwrite / --overwrite to replace it).`
    )
  }
}

/**
 * Moves a verified partial into place. Without overwrite, link() is the atomic "create only if
 * absent" (EEXIST if someone created the file meanwhile); filesystems without hard links fall
 * back to check-then-rename.
 */
export async function commitOutput(partialPath: string, finalPath: string, overwrite: boolean): Promise<void> {
  try {
    if (overwrite) {
      await rename(partialPath, finalPath)
      return
    }
    try {
      await link(partialPath, finalPath)
      await unlink(partialPath)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EEXIST')
        throw new KindframeError('exists', `${finalPath} appeared while exporting; not overwriting it.`)
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err
      if (await exists(finalPath))
        throw new KindframeError('exists', `${finalPath} appeared while exporting; not overwriting it.`)
      await rename(partialPath, finalPath)
    }
  } catch (err) {
    await rm(partialPath, { force: true })
    throw err instanceof KindframeError ? err : asOutputError(err, finalPath)
  }
}

export function asOutputError(err: unknown, path: string): KindframeError {
  if (err instanceof KindframeError) return err
  const code = (err as NodeJS.ErrnoException).code
  const reason = (err as Error).message
  if (code === 'ENOSPC') return new KindframeError('disk-full', `${path}: the disk is full (${reason}).`)
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR') {
    return new KindframeError('not-writable', `${path}: cannot write there (${code}). Choose another output folder.`)
  }
  return new KindframeError('internal', `${path}: ${reason}`)
}

/** Untagged partials (older versions) are left alone until nobody has written them for this long. */
const LEGACY_PARTIAL_GRACE_MS = 10 * 60 * 1000

/**
 * Removes the partial files a dead run left in `dir` (killed with -9 together with its watchdog, a
 * power cut): only those whose owner process is gone on this machine, or untagged ones nobody
 * wrote to for 10 minutes. A live run's partials (this process's or another's) are never touched.
 */
export async function sweepStalePartials(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const partial = parsePartialName(name)
    if (!partial) continue
    const owner = partial.owner ? parseOwnerTag(partial.owner) : undefined
    const path = join(dir, name)
    const info = await stat(path).catch(() => undefined)
    if (!info?.isFile()) continue
    const stale = owner ? ownerIsGone(owner) : now - info.mtimeMs > LEGACY_PARTIAL_GRACE_MS
    if (
      stale &&
      (await rm(path, { force: true }).then(
        () => true,
        () => false
      ))
    )
      removed.push(path)
  }
  return removed
}

/** The prefix of an export's temp folder (ASS files): `kindframe-export-<host>-<pid>-XXXXXX`. */
export function workDirPrefix(): string {
  return join(tmpdir(), `kindframe-export-${ownerTag()}-`)
}

/** Untagged temp folders (older versions) go only when a day old: ffmpeg read their files long ago. */
const LEGACY_WORKDIR_GRACE_MS = 24 * 3600 * 1000

/** Removes `kindframe-export-*` temp folders of dead runs (same rules as sweepStalePartials). */
export async function sweepStaleWorkDirs(dir = tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const m = /^kindframe-export-(?:([0-9a-f]{8}-\d{1,10})-)?[A-Za-z0-9]{6}$/.exec(name)
    if (!m) continue
    const path = join(dir, name)
    const info = await stat(path).catch(() => undefined)
    if (!info?.isDirectory()) continue
    const owner = m[1] ? parseOwnerTag(m[1]) : undefined
    const stale = owner ? ownerIsGone(owner) : now - info.mtimeMs > LEGACY_WORKDIR_GRACE_MS
    if (
      stale &&
      (await rm(path, { recursive: true, force: true }).then(
        () => true,
        () => false
      ))
    )
      removed.push(path)
  }
  return removed
}

/** Removes the folders an export created when they are still empty (deepest first); never a folder with anything in it. */
export async function removeEmptyCreated(created: Iterable<string>): Promise<void> {
  const list = [...new Set(created)].sort((a, b) => b.length - a.length)
  for (const dir of list) await rmdirIfEmpty(dir)
}

async function rmdirIfEmpty(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => undefined)
  if (entries && entries.length === 0) await rmdir(dir).catch(() => {})
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
