import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import type { Readable } from 'node:stream'
import { parseByteRange } from './byte-range'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.srt': 'text/plain; charset=utf-8',
  '.ass': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.flac': 'audio/flac'
}

export function mimeFor(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export interface FileResponse {
  status: 200 | 206 | 404 | 416
  headers: Record<string, string>
  /** null for errors and HEAD requests. */
  body: Readable | null
}

/**
 * A local file as an HTTP-shaped response with Range support, shared by the bridge (/api/media, static
 * files) and Electron's media protocol. Only regular files are served: directories, sockets and
 * missing paths are a 404, so nothing can be listed.
 */
export async function fileResponse(
  absPath: string,
  rangeHeader: string | null | undefined,
  method = 'GET'
): Promise<FileResponse> {
  const info = await stat(absPath).catch(() => null)
  if (!info?.isFile()) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: null }
  const size = info.size
  const base = { 'content-type': mimeFor(absPath), 'accept-ranges': 'bytes', 'last-modified': info.mtime.toUTCString() }
  const range = parseByteRange(rangeHeader, size)
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { ...base, 'content-range': `bytes */${size}`, 'content-length': '0' }, body: null }
  }
  const head = method === 'HEAD'
  if (!range) {
    return {
      status: 200,
      headers: { ...base, 'content-length': String(size) },
      body: head ? null : createReadStream(absPath)
    }
  }
  return {
    status: 206,
    headers: {
      ...base,
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
      'content-length': String(range.end - range.start + 1)
    },
    body: head ? null : createReadStream(absPath, { start: range.start, end: range.end })
  }
}
