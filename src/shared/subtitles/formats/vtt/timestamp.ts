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
  let p = pos
  if (p >= input.length || !isDigit(input.charCodeAt(p))) return null
  // Digit runs are read in place (no objects: this runs twice per cue).
  let v1 = 0
  for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v1 = v1 * 10 + input.charCodeAt(p) - 48
  const hours = p - pos !== 2 || v1 > 59
  if (input.charCodeAt(p) !== 58 /* : */) return null
  let q = ++p
  let v2 = 0
  for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v2 = v2 * 10 + input.charCodeAt(p) - 48
  if (p - q !== 2) return null
  let v3 = 0
  if (hours || input.charCodeAt(p) === 58) {
    if (input.charCodeAt(p) !== 58) return null
    q = ++p
    for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v3 = v3 * 10 + input.charCodeAt(p) - 48
    if (p - q !== 2) return null
  } else {
    v3 = v2
    v2 = v1
    v1 = 0
  }
  if (input.charCodeAt(p) !== 46 /* . */) return null
  q = ++p
  let v4 = 0
  for (; p < input.length && isDigit(input.charCodeAt(p)); p++) v4 = v4 * 10 + input.charCodeAt(p) - 48
  if (p - q !== 3) return null
  if (v2 > 59 || v3 > 59) return null
  return { ms: v1 * 3_600_000 + v2 * 60_000 + v3 * 1000 + v4, end: p }
}

/** ms → "hh:mm:ss.ttt" (hours always written, at least two digits). */
export function formatVttTimestamp(ms: number): string {
  const abs = Math.max(0, Math.round(ms))
  const h = Math.floor(abs / 3_600_000)
  const m = Math.floor((abs % 3_600_000) / 60_000)
  const s = Math.floor((abs % 60_000) / 1000)
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(abs % 1000).padStart(3, '0')}`
}
