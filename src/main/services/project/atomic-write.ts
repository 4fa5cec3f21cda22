import { randomBytes } from 'node:crypto'
import { chmod, copyFile, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { ownerIsGone, ownerTag, parseOwnerTag, pidAlive } from '../fs/owner'

export interface AtomicWriteOptions {
  /** Keep the previous version as `<file>.bak` (copied, so the target never disappears). */
  backup?: boolean
}

/**
 * Writes a file so that a crash or full disk at any moment leaves either the old or the new
 * content, never a mix: write a temp file in the same folder (same filesystem, so rename is
 * atomic), fsync it, rename it over the target, then fsync the folder so the rename itself is
 * durable (not possible on Windows, where opening a folder fails: ignored there).
 */
export async function writeFileAtomic(requested: string, data: string, opts: AtomicWriteOptions = {}): Promise<void> {
  // Write through a symlink to the real file (renaming over the link would replace it with a copy).
  const target = await realpath(requested).catch(() => requested)
  const previousMode = await stat(target).then(
    (s) => s.mode & 0o777,
    () => undefined
  )
  const dir = dirname(target)
  const tmp = join(dir, tempName(basename(target)))
  try {
    const fh = await open(tmp, 'wx', 0o644)
    try {
      await fh.writeFile(data, 'utf8')
      await fh.sync()
      if (previousMode !== undefined) await chmod(tmp, previousMode) // keep the user's permissions
    } finally {
      await fh.close()
    }
    if (opts.backup) await backupPrevious(target)
    await rename(tmp, target)
    await syncDir(dir)
  } catch (err) {
    await unlink(tmp).catch(() => {})
    throw asWriteError(err, target)
  }
}

async function backupPrevious(target: string): Promise<void> {
  const exists = await stat(target).then(
    (s) => s.isFile(),
    () => false
  )
  if (!exists) return
  // Copy to a temp name then rename, so a crash mid-copy cannot leave a half .bak either. The name is
  // unique per write (two saves at once must not copy into the same temp) and owner-tagged for sweeps.
  const bakTmp = join(dirname(target), tempName(`${basename(target)}.bak`))
  try {
    await copyFile(target, bakTmp)
    await rename(bakTmp, `${target}.bak`)
  } catch (err) {
    await unlink(bakTmp).catch(() => {})
    throw err
  }
}

/** `.<name>.<host>-<pid>.<random>.tmp`: hidden, unique, and says which process wrote it (see fs/owner). */
export function tempName(name: string): string {
  return `.${name}.${ownerTag()}.${randomBytes(4).toString('hex')}.tmp`
}

/** Older versions wrote `.<name>.<pid>.<random>.tmp` (no machine) and a fixed `<name>.bak.tmp`. */
const LEGACY_GRACE_MS = 10 * 60 * 1000

/**
 * Removes temp files a killed or crashed write of `file` (or of its .bak, lock or recovery files,
 * which live beside it under `.<name>…`) left in its folder. Only stale ones: an owner-tagged temp
 * whose process is gone on this machine, or an untagged legacy temp that no live process of this
 * machine owns and nobody touched for 10 minutes (a write takes milliseconds). Never a folder,
 * never another file's temps, never a live writer's. Returns what it removed.
 */
export async function sweepStaleTemps(file: string, now = Date.now()): Promise<string[]> {
  const dir = dirname(file)
  const name = basename(file)
  const names = await readdir(dir).catch(() => [] as string[])
  const removed: string[] = []
  for (const entry of names) {
    if (!entry.endsWith('.tmp')) continue
    const verdict = judgeTemp(entry, name)
    if (verdict === 'keep') continue
    const path = join(dir, entry)
    const info = await stat(path).catch(() => undefined)
    if (!info?.isFile()) continue
    if (verdict === 'legacy' && now - info.mtimeMs < LEGACY_GRACE_MS) continue
    if (
      await unlink(path).then(
        () => true,
        () => false
      )
    )
      removed.push(path)
  }
  return removed
}

/** 'stale': its owner is gone; 'legacy': untagged, stale if old; 'keep': not ours to remove. */
export function judgeTemp(entry: string, name: string): 'stale' | 'legacy' | 'keep' {
  if (entry === `${name}.bak.tmp`) return 'legacy'
  // .<name><suffix>.<owner>.<hex>.tmp where suffix is "", ".bak", ".lock", ".<sid>.recovery", …
  const m = /^\.(.+)\.([^.]+)\.([0-9a-f]{8})\.tmp$/.exec(entry)
  if (!m) return 'keep'
  const [, of, tag] = m as unknown as [string, string, string]
  const belongs = of === name || of.startsWith(`${name}.`) || of.startsWith(`.${name}.`)
  if (!belongs) return 'keep'
  const owner = parseOwnerTag(tag)
  if (owner) return ownerIsGone(owner) ? 'stale' : 'keep'
  if (/^\d{1,10}$/.test(tag)) return pidAlive(Number(tag)) ? 'keep' : 'legacy'
  return 'keep'
}

async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r')
    try {
      await fh.sync()
    } finally {
      await fh.close()
    }
  } catch {
    // Windows cannot open folders; some filesystems refuse fsync on them. The rename already happened.
  }
}

function asWriteError(err: unknown, target: string): unknown {
  if (err instanceof KindframeError) return err
  const code = (err as NodeJS.ErrnoException).code
  const dir = dirname(target)
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new KindframeError('not-writable', `Cannot write ${target}: the folder ${dir} is not writable.`)
    case 'ENOENT':
    case 'ENOTDIR':
      return new KindframeError('not-writable', `Cannot write ${target}: the folder ${dir} does not exist.`)
    case 'ENOSPC':
    case 'EDQUOT':
      return new KindframeError(
        'disk-full',
        `Cannot write ${target}: the disk holding ${dir} is full. The previous file is unchanged.`
      )
    case 'EISDIR':
      return new KindframeError('not-writable', `Cannot write ${target}: it is a folder.`)
    default:
      return err
  }
}
