import { Readable } from 'node:stream'
import type { FileResponse } from './file-response'

/** A fileResponse as the web Response that Electron's protocol.handle expects, streamed (no buffering of big videos). */
export function toWebResponse(file: FileResponse, extraHeaders: Record<string, string> = {}): Response {
  const body = file.body ? (Readable.toWeb(file.body) as unknown as ReadableStream<Uint8Array>) : null
  return new Response(body, { status: file.status, headers: { ...file.headers, ...extraHeaders } })
}
