/*
 * SRT timing lines, read the way Subtitle Edit and players (ffmpeg, VLC, mpv) read them, with every
 * fix reported. Knowledge borrowed (docs/subtitles.md):
 * - Subtitle Edit accepts "->", "- >", "-- >", "->>", "-->>", "--->" for the arrow, spaces inside
 *   timecodes, "." or ":" where the comma goes, "00.00.02,000", missing hours ("04:48,460"), any number
 *   of digits per field (out-of-range values are carried: 00:00:75,000 = 75 s), and drops what follows
 *   the end time ("X1:100 X2:… Y1:… Y2:…" display coordinates);
 * - ffmpeg and VLC read the fraction as a whole number of MILLISECONDS ("1,5" = 1.005 s), like Subtitle
 *   Edit and the srt/pysrt libraries: we do the same for 1–2 digits and report it as guessed; longer
 *   fractions ("1,5000", microseconds from some tools) are read as decimals.
 * Zero-width and other invisible characters (U+200B–U+200F, U+2060, U+FEFF, soft hyphen) are removed
 * from timing lines first: they come from copy-paste and web pages and make a line look right but fail.
 */

export interface Fix {
  kind: 'repaired' | 'guessed'
  message: string
}

export interface SrtTiming {
  startMs: number
  endMs: number
  /** Text after the end time. */
  rest: string
  fixes: Fix[]
}

const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g
const HAS_INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/
const MAYBE_ARROW = /[-\u2013\u2014][ \t\u200B-\u200F\u2060\uFEFF\u00AD]*>/
const ARROW = /(-{1,3}|[\u2013\u2014])[ \t]?>{1,2}/

const d = (s: string, i: number) => s.charCodeAt(i) - 48
const isDigitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i)
  return c >= 48 && c <= 57
}

function isStamp(line: string, b: number): boolean {
  return (
    isDigitAt(line, b) &&
    isDigitAt(line, b + 1) &&
    line.charCodeAt(b + 2) === 58 &&
    isDigitAt(line, b + 3) &&
    isDigitAt(line, b + 4) &&
    line.charCodeAt(b + 5) === 58 &&
    isDigitAt(line, b + 6) &&
    isDigitAt(line, b + 7) &&
    line.charCodeAt(b + 8) === 44 &&
    isDigitAt(line, b + 9) &&
    isDigitAt(line, b + 10) &&
    isDigitAt(line, b + 11)
  )
}

/** Milliseconds of a well-formed "HH:MM:SS,mmm" at line[b…], or -1 when minutes or seconds are above 59. */
function stampMs(line: string, b: number): number {
  const m = d(line, b + 3) * 10 + d(line, b + 4)
  const s = d(line, b + 6) * 10 + d(line, b + 7)
  if (m > 59 || s > 59) return -1
  return (
    (d(line, b) * 10 + d(line, b + 1)) * 3_600_000 +
    m * 60_000 +
    s * 1000 +
    d(line, b + 9) * 100 +
    d(line, b + 10) * 10 +
    d(line, b + 11)
  )
}

const NO_FIXES: Fix[] = []

/** "HH:MM:SS,mmm --> HH:MM:SS,mmm" exactly, at input[a, b): the shape of almost every line, read without copying it. */
function fastTiming(input: string, a: number, b: number): SrtTiming | null {
  if (b - a < 29 || !isStamp(input, a) || !isStamp(input, a + 17)) return null
  if (
    input.charCodeAt(a + 12) !== 32 ||
    input.charCodeAt(a + 13) !== 45 ||
    input.charCodeAt(a + 14) !== 45 ||
    input.charCodeAt(a + 15) !== 62 ||
    input.charCodeAt(a + 16) !== 32
  )
    return null
  if (b - a > 29 && input.charCodeAt(a + 29) !== 32) return null
  const startMs = stampMs(input, a)
  const endMs = stampMs(input, a + 17)
  if (startMs < 0 || endMs < 0) return null
  return { startMs, endMs, rest: b - a > 29 ? input.slice(a + 30, b).trim() : '', fixes: NO_FIXES }
}

/** parseSrtTiming on the line input[a, b) (the reader's lines are offsets into the file). */
export function parseSrtTimingAt(input: string, a: number, b: number): SrtTiming | string | null {
  return fastTiming(input, a, b) ?? slowTiming(input.slice(a, b))
}

/** A timestamp with fields separated by ":", ".", "," or ";" and maybe spaces around them. */
const STAMP = /^(-?)[ \t]*(\d+)[ \t]*([:.,;])[ \t]*(\d+)(?:[ \t]*([:.,;])[ \t]*(\d+))?(?:[ \t]*([:.,;])[ \t]*(\d+))?/

interface Stamp {
  ms: number
  length: number
  fixes: Fix[]
}

function readStamp(s: string, which: 'start' | 'end'): Stamp | string {
  const m = STAMP.exec(s)
  if (!m) return `${which} time "${s.trim().slice(0, 20)}" is not a timestamp`
  const [whole, neg, a, sep1, b, sep2, c, sep3, f] = m
  const fixes: Fix[] = []
  let h = 0
  let mi: number
  let se: number
  let frac: string | undefined
  if (f !== undefined) {
    h = Number(a)
    mi = Number(b)
    se = Number(c)
    frac = f
    if (sep1 !== ':' || sep2 !== ':')
      fixes.push({
        kind: 'repaired',
        message: `${which} time: "${sep1 !== ':' ? sep1 : sep2}" read as ":" between hours, minutes and seconds`
      })
    if (sep3 !== ',') fixes.push({ kind: 'repaired', message: `${which} time: "${sep3}" read as the decimal comma` })
  } else if (c !== undefined) {
    if (sep2 === ',' || sep2 === '.') {
      mi = Number(a)
      se = Number(b)
      frac = c
      if (sep1 !== ':') return `${which} time "${whole.trim()}" is not a timestamp`
      fixes.push({ kind: 'repaired', message: `${which} time has no hours; read as minutes:seconds` })
      if (sep2 !== ',') fixes.push({ kind: 'repaired', message: `${which} time: "${sep2}" read as the decimal comma` })
    } else {
      h = Number(a)
      mi = Number(b)
      se = Number(c)
      fixes.push({ kind: 'repaired', message: `${which} time has no milliseconds; read as ,000` })
    }
  } else return `${which} time "${whole.trim()}" is not a timestamp`
  if (/[ \t]/.test(whole.trim()))
    fixes.push({ kind: 'repaired', message: `${which} time: spaces inside the timecode removed` })
  let millis = 0
  if (frac !== undefined) {
    if (frac.length === 3) millis = Number(frac)
    else if (frac.length < 3) {
      millis = Number(frac)
      fixes.push({
        kind: 'guessed',
        message: `${which} time: fraction "${frac}" read as ${millis} ms, as players read it (it may have meant ${Number(`0.${frac}`) * 1000} ms)`
      })
    } else {
      millis = Math.round(Number(`0.${frac}`) * 1000)
      fixes.push({ kind: 'repaired', message: `${which} time: fraction "${frac}" read as ${millis} ms` })
    }
  }
  if (mi > 59 || se > 59)
    fixes.push({
      kind: 'guessed',
      message: `${which} time: ${mi > 59 ? 'minutes' : 'seconds'} above 59 carried over, as players do`
    })
  const ms = h * 3_600_000 + mi * 60_000 + se * 1000 + millis
  return { ms: neg ? -ms : ms, length: whole.length, fixes }
}

/**
 * Parses a timing line; a string says why it is not usable. Returns null when the line does not look
 * like a timing line at all (no arrow, or no timestamp before it): then it is cue text.
 */
export function parseSrtTiming(raw: string): SrtTiming | string | null {
  return fastTiming(raw, 0, raw.length) ?? slowTiming(raw)
}

function slowTiming(raw: string): SrtTiming | string | null {
  // No arrow-like "->" anywhere (maybe with a space or an invisible character before ">"): cue text.
  if (!MAYBE_ARROW.test(raw)) return null
  const fixes: Fix[] = []
  let line = raw
  if (HAS_INVISIBLE.test(line)) {
    line = line.replace(INVISIBLE, '')
    fixes.push({
      kind: 'repaired',
      message: 'invisible characters (zero-width, byte-order mark) removed from the timing line'
    })
  }
  if (line.indexOf('\u00a0') >= 0) line = line.replace(/\u00a0/g, ' ')
  const arrow = ARROW.exec(line)
  if (!arrow) return null
  const left = line.slice(0, arrow.index).trim()
  const start = readStamp(left, 'start')
  // "-->" after something number-like is a broken timing line (its cue is dropped and reported); with
  // a looser arrow it is more likely prose ("You -> me").
  const broken = arrow[0] === '-->' && /^-?\d+[ \t]*[:.,;]/.test(left)
  if (typeof start === 'string') return broken ? start : null
  if (start.length < left.length) return broken ? `start time "${left.slice(0, 20)}" is not a timestamp` : null
  if (arrow[0] !== '-->') fixes.push({ kind: 'repaired', message: `"${arrow[0]}" read as "-->"` })
  const right = line.slice(arrow.index + arrow[0].length).trim()
  if (right === '') return 'the end time is missing'
  const end = readStamp(right, 'end')
  if (typeof end === 'string') return end
  return {
    startMs: start.ms,
    endMs: end.ms,
    rest: right.slice(end.length).trim(),
    fixes: [...fixes, ...start.fixes, ...end.fixes]
  }
}

/** SRT display coordinates after the end time. */
export const SRT_COORDS = /^(?:[XY][12]:\s*-?\d+\s*)+$/i

/** ms → "HH:MM:SS,mmm". */
export function formatSrtTimestamp(ms: number): string {
  const abs = Math.max(0, Math.round(ms))
  const h = Math.floor(abs / 3_600_000)
  const m = Math.floor((abs % 3_600_000) / 60_000)
  const s = Math.floor((abs % 60_000) / 1000)
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')},${String(abs % 1000).padStart(3, '0')}`
}
