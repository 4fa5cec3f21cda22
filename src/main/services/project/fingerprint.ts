import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { ProjectFingerprint } from '../../../shared/project/concurrency'

export function fingerprintOf(bytes: Buffer | string, mtimeMs: number): ProjectFingerprint {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  return { sha256: createHash('sha256').update(buf).digest('hex'), size: buf.length, mtimeMs }
}

/** The file as it is now, or null when there is no file (deleted, moved away). */
export async function currentFingerprint(abs: string): Promise<ProjectFingerprint | null> {
  const info = await stat(abs).catch(() => undefined)
  if (!info?.isFile()) return null
  const bytes = await readFile(abs).catch(() => undefined)
  return bytes ? fingerprintOf(bytes, info.mtimeMs) : null
}
