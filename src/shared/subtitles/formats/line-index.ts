/*
 * Line offsets of a subtitle file, for the SRT and ASS readers (lines are read in place, not split into
 * strings). The two offset arrays are REUSED between calls: a reader runs synchronously and never holds
 * them after it returns, so one pair serves every parse. Bound: they grow to the most lines seen in one
 * file and are dropped again after a file of more than SHRINK_ABOVE lines, so a one-off 50 MB file does
 * not keep megabytes alive. Justified by bench:subtitles (fresh arrays per parse meant ~1 MB of
 * external memory per 10,000-cue file and more garbage collections).
 */

const SHRINK_ABOVE = 262_144

let starts = new Int32Array(16_384)
let ends = new Int32Array(16_384)

function grow(): void {
  const s2 = new Int32Array(starts.length * 2)
  s2.set(starts)
  starts = s2
  const e2 = new Int32Array(ends.length * 2)
  e2.set(ends)
  ends = e2
}

/**
 * Line starts and ends (without the line break) of the input: CRLF, LF and lone CR all end a line. The
 * arrays are only valid until the next call: read them before returning.
 */
export function lineIndex(input: string): { starts: Int32Array; ends: Int32Array; count: number } {
  if (starts.length > SHRINK_ABOVE) {
    starts = new Int32Array(16_384)
    ends = new Int32Array(16_384)
  }
  let count = 0
  const hasCR = input.indexOf('\r') >= 0
  let pos = 0
  for (;;) {
    let lf = input.indexOf('\n', pos)
    let next: number
    if (hasCR) {
      const cr = input.indexOf('\r', pos)
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        lf = cr
        next = input.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1
      } else next = lf + 1
    } else next = lf + 1
    if (lf < 0) lf = input.length
    if (count === starts.length) grow()
    starts[count] = pos
    ends[count] = lf
    count++
    if (lf >= input.length) break
    pos = next
  }
  return { starts, ends, count }
}
