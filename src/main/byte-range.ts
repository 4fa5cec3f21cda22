/** A satisfiable byte range, both ends inclusive (as in Content-Range). */
export interface ByteRange {
  start: number
  end: number
}

/**
 * Parses an HTTP Range header for a file of `size` bytes (RFC 9110 §14.1.2). <video> seeking needs
 * `bytes=N-` and `bytes=N-M`; suffix ranges (`bytes=-N`) are honoured too.
 * Returns null when the whole file should be sent (no header, another unit, several ranges, garbage —
 * the RFC lets a server ignore Range) and 'unsatisfiable' for a 416.
 */
export function parseByteRange(header: string | undefined | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match) return null
  const [, first, last] = match
  if (first === '' && last === '') return null
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  if (start >= size) return 'unsatisfiable'
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (end < start) return null
  return { start, end }
}
