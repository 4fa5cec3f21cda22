import { randomBytes } from 'node:crypto'
import { chmod, copyFile, open, realpath, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { KindframeError } from '../../../shared/errors'

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
  const previousMode = await stat(target).then((s) => s.mode & 0o777, () => undefined)
  const dir = dirname(target)
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
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
  const exists = await stat(target).then((s) => s.isFile(), () => false)
  if (!exists) return
  // Copy to a temp name then rename, so a crash mid-copy cannot leave a half .bak either.
  const bakTmp = `${target}.bak.tmp`
  await copyFile(target, bakTmp)
  await rename(bakTmp, `${target}.bak`)
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
      return new KindframeError('disk-full', `Cannot write ${target}: the disk holding ${dir} is full. The previous file is unchanged.`)
    case 'EISDIR':
      return new KindframeError('not-writable', `Cannot write ${target}: it is a folder.`)
    default:
      return err
  }
}
