import chardet from 'chardet'
import iconv from 'iconv-lite'
import { KindframeError } from '../../../shared/errors'
import type { ReportEntry } from '../../../shared/subtitles/report'

export interface DecodedText {
  text: string
  /** What was used: 'utf-8', 'utf-16le', 'windows-1252', … ('utf-8+windows-1252' for a mixed file). */
  encoding: string
  /** Encoding guesses and per-line repairs, for the import report. */
  notes: ReportEntry[]
}

const SAMPLE = 64 * 1024

// Files people rename to .srt by mistake: name them instead of saying "binary".
const MAGIC: [number[], number, string][] = [
  [[0x66, 0x74, 0x79, 0x70], 4, 'an MP4/MOV video'],
  [[0x1a, 0x45, 0xdf, 0xa3], 0, 'a Matroska/WebM video'],
  [[0x89, 0x50, 0x4e, 0x47], 0, 'a PNG image'],
  [[0xff, 0xd8, 0xff], 0, 'a JPEG image'],
  [[0x50, 0x4b, 0x03, 0x04], 0, 'a ZIP archive (or .docx/.xlsx)'],
  [[0x25, 0x50, 0x44, 0x46], 0, 'a PDF document'],
  [[0x52, 0x49, 0x46, 0x46], 0, 'a RIFF file (WAV/AVI)'],
  [[0x49, 0x44, 0x33], 0, 'an MP3 file'],
  [[0x7f, 0x45, 0x4c, 0x46], 0, 'a program (ELF)']
]

/**
 * Bytes → text for subtitle files. Order: a BOM (UTF-8, UTF-16 LE/BE) wins; UTF-16 without a BOM is
 * recognised by its zero bytes; binary data is refused (KindframeError 'parse-failed', naming the file);
 * strict UTF-8; a file that is UTF-8 except for some lines (two files pasted together) is decoded line
 * by line, the bad lines as Windows-1252, each reported; otherwise chardet's best single-byte guess
 * (ISO-8859-1 is read as its superset Windows-1252), reported as a guess. `forced` skips detection.
 */
export function decodeSubtitleBytes(bytes: Uint8Array, label: string, forced?: string): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (forced) {
    if (!iconv.encodingExists(forced))
      throw new KindframeError(
        'invalid-input',
        `Unknown encoding "${forced}" (try utf-8, utf-16le, windows-1252, iso-8859-2, …).`
      )
    return { text: stripBom(iconv.decode(buf, forced)), encoding: forced.toLowerCase(), notes: [] }
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const text = strictUtf8(buf.subarray(3))
    // A UTF-8 BOM with invalid bytes after it: some lines were pasted from a legacy-encoded file.
    return text !== undefined ? { text: stripBom(text), encoding: 'utf-8', notes: [] } : decodeMixed(buf.subarray(3))
  }
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: stripBom(iconv.decode(buf.subarray(2), 'utf-16le')), encoding: 'utf-16le', notes: [] }
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: stripBom(iconv.decode(buf.subarray(2), 'utf-16be')), encoding: 'utf-16be', notes: [] }
  const utf16 = sniffUtf16(buf)
  if (utf16)
    return {
      text: iconv.decode(buf, utf16),
      encoding: utf16,
      notes: [
        { line: 0, kind: 'guessed', message: `no byte-order mark; read as ${utf16.toUpperCase()} (zero-byte pattern)` }
      ]
    }
  refuseBinary(buf, label)
  const utf8 = strictUtf8(buf)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', notes: [] }
  if (hasUtf8Sequences(buf)) return decodeMixed(buf)
  const guess = guessSingleByte(buf)
  return {
    text: iconv.decode(buf, guess.encoding),
    encoding: guess.encoding,
    notes: [
      {
        line: 0,
        kind: 'guessed',
        message: `not UTF-8; read as ${guess.encoding}${guess.confidence ? ` (detected, confidence ${guess.confidence}%)` : ''}`
      }
    ]
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s
}

function strictUtf8(buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf)
  } catch {
    return undefined
  }
}

function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, SAMPLE) & ~1
  if (n < 4) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++
    if (buf[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  // Latin text in UTF-16 has a zero in nearly every high byte; binary data has zeros on both sides.
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be'
  return undefined
}

function refuseBinary(buf: Buffer, label: string): void {
  for (const [magic, offset, what] of MAGIC) {
    if (magic.every((b, i) => buf[offset + i] === b))
      throw new KindframeError('parse-failed', `${label} is not a subtitle file: it looks like ${what}.`)
  }
  const n = Math.min(buf.length, SAMPLE)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = buf[i]
    if (b === 0)
      throw new KindframeError(
        'parse-failed',
        `${label} is not a subtitle file: it contains binary data (a zero byte at offset ${i}).`
      )
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++
  }
  if (n > 0 && control / n > 0.01)
    throw new KindframeError(
      'parse-failed',
      `${label} is not a subtitle file: ${control} control bytes in the first ${n} bytes (binary data).`
    )
}

/** At least one well-formed multi-byte UTF-8 sequence: the file was meant to be UTF-8. */
function hasUtf8Sequences(buf: Buffer): boolean {
  for (let i = 0; i + 1 < buf.length; i++) {
    const b = buf[i]
    if (b >= 0xc2 && b <= 0xf4) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
      let ok = i + len <= buf.length
      for (let k = 1; ok && k < len; k++) ok = (buf[i + k] & 0xc0) === 0x80
      if (ok) return true
    }
  }
  return false
}

function decodeMixed(buf: Buffer): DecodedText {
  const notes: ReportEntry[] = []
  const parts: string[] = []
  let start = 0
  let line = 1
  while (start <= buf.length) {
    let end = buf.indexOf(0x0a, start)
    if (end < 0) end = buf.length
    const slice = buf.subarray(start, end)
    const asUtf8 = strictUtf8(slice)
    if (asUtf8 !== undefined) parts.push(asUtf8)
    else {
      parts.push(iconv.decode(slice, 'windows-1252'))
      if (notes.length < 200)
        notes.push({
          line,
          kind: 'repaired',
          message: 'line is not valid UTF-8; read as windows-1252 (mixed encodings in one file)'
        })
    }
    if (end === buf.length) break
    parts.push('\n')
    start = end + 1
    line++
  }
  return { text: stripBom(parts.join('')), encoding: 'utf-8+windows-1252', notes }
}

function guessSingleByte(buf: Buffer): { encoding: string; confidence?: number } {
  const matches = chardet.analyse(buf.subarray(0, SAMPLE))
  for (const m of matches) {
    const name = m.name.toLowerCase()
    if (name === 'iso-8859-1' || name === 'windows-1252') return { encoding: 'windows-1252', confidence: m.confidence }
    if (/^(iso-8859-\d+|windows-125\d|koi8-r)$/.test(name) && iconv.encodingExists(name))
      return { encoding: name, confidence: m.confidence }
    if (/^(shift_jis|gb18030|euc-kr|euc-jp|big5)$/.test(name) && iconv.encodingExists(name) && m.confidence >= 50)
      return { encoding: name, confidence: m.confidence }
  }
  return { encoding: 'windows-1252' }
}
