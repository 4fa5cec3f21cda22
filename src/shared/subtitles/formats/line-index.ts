/** Line starts and ends (without the line break) of the input: CRLF, LF and lone CR all end a line. */
export function lineIndex(input: string): { starts: Int32Array; ends: Int32Array; count: number } {
  let capacity = 1024
  let starts = new Int32Array(capacity)
  let ends = new Int32Array(capacity)
  let count = 0
  const push = (a: number, b: number) => {
    if (count === capacity) {
      capacity *= 2
      const s2 = new Int32Array(capacity)
      s2.set(starts)
      starts = s2
      const e2 = new Int32Array(capacity)
      e2.set(ends)
      ends = e2
    }
    starts[count] = a
    ends[count] = b
    count++
  }
  const hasCR = input.indexOf('\r') >= 0
  let pos = 0
  for (;;) {
    let lf = input.indexOf('\n', pos)
    if (hasCR) {
      const cr = input.indexOf('\r', pos)
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        push(pos, cr)
        pos = input.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1
        continue
      }
    }
    if (lf < 0) lf = input.length
    push(pos, lf)
    if (lf >= input.length) break
    pos = lf + 1
  }
  return { starts, ends, count }
}
