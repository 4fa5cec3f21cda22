import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { IncomingMessage } from 'node:http'
import { BodyTooLarge } from './http'

const MAX_NAME_LENGTH = 120

/**
 * A dropped file's name made safe as one path segment: no directories, no control or reserved
 * characters, no leading dots, bounded length with the extension kept. The clip title comes from it,
 * so everything harmless (spaces, accents, non-Latin scripts) is kept as is.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? ''
  let name = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '')
  if (name.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf('.')
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : ''
    name = name.slice(0, MAX_NAME_LENGTH - ext.length) + ext
  }
  return name || 'file'
}

/**
 * Streams a request body into `<importDir>/<uuid>/<sanitized name>` (one folder per upload so the
 * original name survives and nothing is ever overwritten), through a `.part` file renamed at the end.
 */
export async function receiveUpload(
  req: IncomingMessage,
  importDir: string,
  rawName: string,
  limit: number
): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    throw new BodyTooLarge(`"${rawName}" is ${declared} bytes; uploads are limited to ${limit} bytes.`)
  }
  const dir = join(importDir, randomUUID())
  await mkdir(dir, { recursive: true })
  const finalPath = join(dir, sanitizeFileName(rawName))
  const partPath = `${finalPath}.part`
  let total = 0
  const limiter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length
      if (total > limit) done(new BodyTooLarge(`"${rawName}" exceeds the upload limit of ${limit} bytes.`))
      else done(null, chunk)
    }
  })
  // req is piped rather than put in the pipeline: a failed upload must not destroy the socket the
  // 413 answer goes out on; the rest of the body is drained instead.
  req.pipe(limiter)
  // A tab closed mid-upload: fail (and clean up) instead of waiting forever for the rest.
  req.once('close', () => {
    if (!req.complete) limiter.destroy(new Error(`The upload of "${rawName}" was interrupted.`))
  })
  try {
    await pipeline(limiter, createWriteStream(partPath, { flags: 'wx' }))
    await rename(partPath, finalPath)
    return finalPath
  } catch (err) {
    req.unpipe(limiter)
    req.resume()
    await rm(dir, { recursive: true, force: true })
    throw err
  }
}
