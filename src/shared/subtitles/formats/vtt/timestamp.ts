/*
 * "Collect a WebVTT timestamp" (specification § 6.3), exactly:
 * - the first field is digits; if it is not exactly two digits or is above 59, it is hours and two more
 *   fields must follow ("hh…:mm:ss.ttt"), otherwise hours are optional ("mm:ss.ttt");
 * - minutes and seconds are exactly two digits and at most 59; the fraction is exactly three digits
 *   after a FULL STOP (a comma is an error);
 * - hours may have any number of digits.
 */

const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/** A timestamp at input[pos…]: milliseconds and the index after it, or null (an error in the spec's words). */
export function collectTimestamp(input: string, pos: number): { ms: number; end: number } | null {
  const ms = readTimestamp(input, pos)
  return ms < 0 ? null : { ms, end: timestampEnd }
}

/** Where the last successful readTimestamp ended (a module variable: no object per timestamp). */
export let timestampEnd = 0

/** collectTimestamp without allocating: milliseconds, or -1 on error; the end is in `timestampEnd`. */
export function readTimestamp(input: string, pos: number): number {
  let p = pos
  if (p >= input.length || !isDigit(input.charCodeAt(p))) return -1
  // Digit runs are read in place (no objects: this runs twice per cue).
  let v1 = 0
  for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v1 = v1 * 10 + input.charCodeAt(p) - 48
  const hours = p - pos !== 2 || v1 > 59
  if (input.charCodeAt(p) !== 58 /* : */) return -1
  let q = ++p
  let v2 = 0
  for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v2 = v2 * 10 + input.charCodeAt(p) - 48
  if (p - q !== 2) return -1
  let v3 = 0
  if (hours || input.charCodeAt(p) === 58) {
    if (input.charCodeAt(p) !== 58) return -1
    q = ++p
    for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v3 = v3 * 10 + input.charCodeAt(p) - 48
    if (p - q !== 2) return -1
  } else {
    v3 = v2
    v2 = v1
    v1 = 0
  }
  if (input.charCodeAt(p) !== 46 /* . */) return -1
  q = ++p
  let v4 = 0
  for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v4 = v4 * 10 + input.charCodeAt(p) - 48
  if (p - q !== 3) return -1
  if (v2 > 59 || v3 > 59) return -1
  timestampEnd = p
  return v1 * 3_600_000 + v2 * 60_000 + v3 * 1000 + v4
}

/** ms → "hh:mm:ss.ttt" (hours always written, at least two digits). */
export function formatVttTimestamp(ms: number): string {
  const abs = Math.max(0, Math.round(ms))
  const h = Math.floor(abs / 3_600_000)
  const m = Math.floor((abs % 3_600_000) / 60_000)
  const s = Math.floor((abs % 60_000) / 1000)
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(abs % 1000).padStart(3, '0')}`
}
