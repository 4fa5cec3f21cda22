import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Refusals that happen before any operation runs. 'unauthorized' / 'forbidden' / 'bad-request' are
 * transport codes (not ErrorCodes); the renderer's bridge platform turns them into internal errors.
 */
export type BridgeErrorCode = 'unauthorized' | 'forbidden' | 'bad-request' | 'not-found' | 'limit-exceeded' | 'internal'

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff'
  })
  res.end(text)
}

export function sendError(res: ServerResponse, status: number, code: BridgeErrorCode, message: string): void {
  sendJson(res, status, { error: { code, message } })
}

export class BodyTooLarge extends Error {}

/**
 * Reads a request body up to `limit` bytes. Past the limit it stops collecting but keeps draining
 * (without storing) so the socket stays usable for the 413 answer instead of being reset mid-upload.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    return Promise.reject(new BodyTooLarge(`Request body is ${declared} bytes; the limit is ${limit}.`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const onData = (chunk: Buffer) => {
      total += chunk.length
      if (total <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      req.resume()
      reject(new BodyTooLarge(`Request body exceeds the limit of ${limit} bytes.`))
    }
    req.on('data', onData)
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })
}
