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
  const d1 = digits(input, p)
  p = d1.end
  let v1 = d1.value
  const hours = d1.end - pos !== 2 || v1 > 59
  if (input[p] !== ':') return null
  p++
  const d2 = digits(input, p)
  if (d2.end - p !== 2) return null
  p = d2.end
  let v2 = d2.value
  let v3: number
  if (hours || input[p] === ':') {
    if (input[p] !== ':') return null
    p++
    const d3 = digits(input, p)
    if (d3.end - p !== 2) return null
    p = d3.end
    v3 = d3.value
  } else {
    v3 = v2
    v2 = v1
    v1 = 0
  }
  if (input[p] !== '.') return null
  p++
  const d4 = digits(input, p)
  if (d4.end - p !== 3) return null
  p = d4.end
  if (v2 > 59 || v3 > 59) return null
  return { ms: v1 * 3_600_000 + v2 * 60_000 + v3 * 1000 + d4.value, end: p }
}

function digits(input: string, pos: number): { value: number; end: number } {
  let p = pos
  let value = 0
  while (p < input.length && isDigit(input.charCodeAt(p))) {
    value = value * 10 + (input.charCodeAt(p) - 48)
    p++
  }
  return { value, end: p }
}

/** ms → "hh:mm:ss.ttt" (hours always written, at least two digits). */
export function formatVttTimestamp(ms: number): string {
  const abs = Math.max(0, Math.round(ms))
  const h = Math.floor(abs / 3_600_000)
  const m = Math.floor((abs % 3_600_000) / 60_000)
  const s = Math.floor((abs % 60_000) / 1000)
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(abs % 1000).padStart(3, '0')}`
}
