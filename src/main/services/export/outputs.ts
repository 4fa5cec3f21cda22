import { access, constants, link, mkdir, rename, rm, stat, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { KindframeError } from '../../../shared/errors'

/**
 * Output-file rules: nothing half-written under a final name, nothing the user has overwritten
 * unless they asked. Encodes go to a hidden partial name in the same folder; only a verified file
 * is moved into place.
 */
export async function prepareOutputDir(finalPath: string, overwrite: boolean): Promise<void> {
  const dir = dirname(finalPath)
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
  } catch (err) {
    throw asOutputError(err, dir)
  }
  if (!overwrite && (await exists(finalPath))) {
    throw new KindframeError('exists', `${finalPath} already exists; not overwriting it (use overwrite / --overwrite to replace it).`)
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
      if (code === 'EEXIST') throw new KindframeError('exists', `${finalPath} appeared while exporting; not overwriting it.`)
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err
      if (await exists(finalPath)) throw new KindframeError('exists', `${finalPath} appeared while exporting; not overwriting it.`)
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

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
