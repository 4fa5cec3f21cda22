import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { MediaFact } from '../../../shared/preflight/types'
import type { MediaFingerprint } from '../../../shared/project/schema'

/**
 * The import record of a media file (size, modification time, SHA-256 of its bytes) and what is on
 * disk now, for pre-flight. Hashing reads the whole file (about 1 s per GB); a hash is kept per
 * (path, size, mtime), so the review and the export right after it read a file once.
 */
const MAX_CACHED = 200
const hashes = new Map<string, Promise<string>>()

export function hashFile(path: string, sizeBytes: number, mtimeMs: number): Promise<string> {
  const key = `${path}\u0000${sizeBytes}\u0000${mtimeMs}`
  let hit = hashes.get(key)
  if (!hit) {
    hit = new Promise<string>((resolve, reject) => {
      const hash = createHash('sha256')
      createReadStream(path)
        .on('data', (chunk) => hash.update(chunk))
        .on('error', reject)
        .on('end', () => resolve(hash.digest('hex')))
    })
    hashes.set(key, hit)
    hit.catch(() => hashes.delete(key))
    if (hashes.size > MAX_CACHED) hashes.delete(hashes.keys().next().value as string)
  }
  return hit
}

/** Records a file as it is now (import, relink, "accept the file as it is now"). */
export async function fingerprintMedia(path: string, now = new Date()): Promise<MediaFingerprint> {
  const s = await stat(path)
  return {
    sizeBytes: s.size,
    mtimeMs: Math.round(s.mtimeMs),
    sha256: await hashFile(path, s.size, s.mtimeMs),
    recordedAt: now.toISOString()
  }
}

/**
 * The file now, compared to its record: the hash is computed only when the size matches and the
 * modification time does not (a different size is a different file; same size and time is taken as
 * the same file without reading it).
 */
export async function mediaFact(path: string, record: MediaFingerprint | undefined): Promise<MediaFact> {
  const s = await stat(path).catch(() => undefined)
  if (!s || !s.isFile()) return { exists: false }
  const fact: MediaFact = { exists: true, sizeBytes: s.size, mtimeMs: Math.round(s.mtimeMs) }
  if (record && record.sizeBytes === s.size && Math.abs(record.mtimeMs - Math.round(s.mtimeMs)) >= 1) {
    fact.sha256 = await hashFile(path, s.size, s.mtimeMs)
  }
  return fact
}
