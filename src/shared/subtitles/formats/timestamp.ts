import { pad } from '../../time'

export type TimestampResult =
  | { ok: true; ms: number; repaired?: string }
  | { ok: false; reason: string }

/**
 * Forgiving timestamp reader shared by SRT and WebVTT: [-][h:]mm:ss[,.]fff. What it repairs it says
 * (a '.' in SRT, 1- or 2-digit fractions); what it cannot trust it refuses with a reason: minutes or
 * seconds ≥ 60 and hours above 99 (SRT's field is two digits; 100 h in a short-video clip means the
 * file is corrupt, not long).
 */
export function parseTimestamp(raw: string, decimalSeparator: ',' | '.'): TimestampResult {
  const s = raw.trim()
  const m = /^(-)?(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:([,.:])(\d{1,9}))?$/.exec(s)
  if (!m) return { ok: false, reason: `"${s}" is not a timestamp` }
  const [, neg, hh, mm, ss, sep, frac] = m
  const hours = hh === undefined ? 0 : Number(hh)
  const minutes = Number(mm)
  const seconds = Number(ss)
  if (hours > 99) return { ok: false, reason: `"${s}": hours above 99` }
  if (minutes >= 60 || seconds >= 60) return { ok: false, reason: `"${s}": minutes/seconds must be below 60` }
  const repairs: string[] = []
  let millis = 0
  if (frac !== undefined) {
    millis = Math.round(Number(`0.${frac}`) * 1000)
    if (frac.length !== 3) repairs.push(`fraction "${frac}" read as ${millis} ms`)
    if (sep !== decimalSeparator) repairs.push(`"${sep}" used as the decimal separator`)
  }
  const ms = (neg ? -1 : 1) * (hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis)
  return repairs.length ? { ok: true, ms, repaired: repairs.join(', ') } : { ok: true, ms }
}

/** 3723004 → "01:02:03,004" (SRT) or "01:02:03.004" (WebVTT). */
export function formatTimestamp(ms: number, decimalSeparator: ',' | '.'): string {
  const abs = Math.max(0, Math.round(ms))
  const h = Math.floor(abs / 3_600_000)
  const m = Math.floor((abs % 3_600_000) / 60_000)
  const s = Math.floor((abs % 60_000) / 1000)
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${decimalSeparator}${pad(abs % 1000, 3)}`
}

export interface TimingLine {
  startMs: number
  endMs: number
  /** Text after the end timestamp (WebVTT cue settings, SRT coordinates). */
  rest: string
  repairs: string[]
}

/** Parses "start --> end [rest]". Returns a reason string when the line can't be used. */
export function parseTimingLine(line: string, decimalSeparator: ',' | '.'): TimingLine | string {
  const arrow = line.indexOf('-->')
  if (arrow < 0) return 'no "-->" in the timing line'
  const left = line.slice(0, arrow)
  const right = line.slice(arrow + 3).trim()
  const space = right.search(/\s/)
  const endRaw = space < 0 ? right : right.slice(0, space)
  const rest = space < 0 ? '' : right.slice(space).trim()
  if (endRaw === '') return 'the end timestamp is missing'
  const start = parseTimestamp(left, decimalSeparator)
  if (!start.ok) return `start ${start.reason}`
  const end = parseTimestamp(endRaw, decimalSeparator)
  if (!end.ok) return `end ${end.reason}`
  const repairs = [start.repaired, end.repaired].filter((r): r is string => !!r)
  return { startMs: start.ms, endMs: end.ms, rest, repairs }
}

export function isTimingLine(line: string): boolean {
  return line.includes('-->')
}
