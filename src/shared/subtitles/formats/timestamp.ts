import { pad } from '../../time'

export type TimestampResult = { ok: true; ms: number; repaired?: string } | { ok: false; reason: string }

/**
 * Forgiving timestamp reader for times TYPED in the studio (timing fields): [-][h:]mm:ss[,.]fff. File
 * readers have their own, stricter rules (srt-timing.ts, vtt/timestamp.ts, ass-time.ts). What it repairs it says
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
