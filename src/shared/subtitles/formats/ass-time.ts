import type { Fix } from './srt-timing'

/*
 * ASS/SSA times are H:MM:SS.CC (centiseconds). Strict: anything else is either repaired with a report
 * line or refused. Readers disagree on broken times, so the choices are written down:
 * - "0:00:04:56" (a colon before the centiseconds, a common hand-editing slip) is 4.56 s — ffmpeg's ASS
 *   demuxer reads any single separator there the same way; repaired, reported;
 * - "," instead of "." likewise; one-digit minutes/seconds are accepted and reported;
 * - a fraction of 1 or 3+ digits is read as a decimal fraction of a second ("4.5" = 4.50 s, "4.567" =
 *   4.567 s), as Aegisub shows it; libass would read the digits as a count of centiseconds (4.5 → 4.05 s),
 *   so it is reported as guessed;
 * - no fraction at all ("0:00:04") is .00, reported; minutes or seconds above 59 are carried (libass does
 *   the same arithmetic), reported as guessed.
 */

const isDigit = (c: number) => c >= 48 && c <= 57
const NO_FIXES: Fix[] = []

/** H:MM:SS.CC at input[a, b) exactly (the shape of nearly every time): milliseconds, or -1 to take the slow path. */
export function fastAssTime(s: string, a: number, b: number): number {
  const n = b - a
  if (n < 10 || s.charCodeAt(b - 3) !== 46 || s.charCodeAt(b - 6) !== 58 || s.charCodeAt(b - 9) !== 58) return -1
  if (!(
    isDigit(s.charCodeAt(b - 1)) &&
    isDigit(s.charCodeAt(b - 2)) &&
    isDigit(s.charCodeAt(b - 4)) &&
    isDigit(s.charCodeAt(b - 5)) &&
    isDigit(s.charCodeAt(b - 7)) &&
    isDigit(s.charCodeAt(b - 8))
  ))
    return -1
  let h = 0
  for (let i = a; i < b - 9; i++) {
    const c = s.charCodeAt(i)
    if (!isDigit(c)) return -1
    h = h * 10 + c - 48
  }
  const m = (s.charCodeAt(b - 8) - 48) * 10 + s.charCodeAt(b - 7) - 48
  const sec = (s.charCodeAt(b - 5) - 48) * 10 + s.charCodeAt(b - 4) - 48
  if (m > 59 || sec > 59) return -1
  return h * 3_600_000 + m * 60_000 + sec * 1000 + ((s.charCodeAt(b - 2) - 48) * 10 + s.charCodeAt(b - 1) - 48) * 10
}

export function parseAssTime(raw: string, which: 'start' | 'end'): { ms: number; fixes: Fix[] } | string {
  const s = raw.trim()
  const fast = fastAssTime(s, 0, s.length)
  if (fast >= 0) return { ms: fast, fixes: NO_FIXES }
  const m = /^(-?)(\d+):(\d{1,2}):(\d{1,2})(?:([.:,])(\d+))?$/.exec(s)
  if (!m) return `${which} time "${s.slice(0, 20)}" is not an ASS time (H:MM:SS.CC)`
  const [, neg, hh, mm, ss, sep, frac] = m
  const fixes: Fix[] = []
  if (mm.length === 1 || ss.length === 1)
    fixes.push({ kind: 'repaired', message: `${which} time "${s}": one-digit minutes or seconds read as two` })
  let millis = 0
  if (sep === undefined)
    fixes.push({ kind: 'repaired', message: `${which} time "${s}" has no centiseconds; read as .00` })
  else {
    if (sep === ':')
      fixes.push({ kind: 'repaired', message: `${which} time "${s}": colon before the centiseconds read as "."` })
    else if (sep === ',') fixes.push({ kind: 'repaired', message: `${which} time "${s}": "," read as "."` })
    if (frac.length === 2) millis = Number(frac) * 10
    else {
      millis = Math.round(Number(`0.${frac}`) * 1000)
      fixes.push({
        kind: frac.length === 1 ? 'guessed' : 'repaired',
        message: `${which} time "${s}": ${frac.length}-digit fraction read as ${millis} ms${frac.length === 1 ? ` (libass would read ${Number(frac) * 10} ms)` : ''}`
      })
    }
  }
  const minutes = Number(mm)
  const seconds = Number(ss)
  if (minutes > 59 || seconds > 59)
    fixes.push({
      kind: 'guessed',
      message: `${which} time "${s}": ${minutes > 59 ? 'minutes' : 'seconds'} above 59 carried over`
    })
  const ms = Number(hh) * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis
  for (const f of fixes) f.message += ` = ${(ms / 1000).toFixed(millis % 10 ? 3 : 2)} s`
  return { ms: neg ? -ms : ms, fixes }
}

/** ms → H:MM:SS.CC (rounded to the centisecond, the only precision ASS has). */
export function formatAssTime(ms: number): string {
  const cs = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0
  const h = Math.floor(cs / 360_000)
  const m = Math.floor((cs % 360_000) / 6000)
  const s = Math.floor((cs % 6000) / 100)
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`
}
