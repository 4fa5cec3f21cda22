/**
 * Walks a string line by line without splitting it into an array first: a 50 MB file would
 * otherwise become millions of strings at once. Accepts CRLF, LF and lone CR (old Mac files).
 */
export class LineReader {
  private pos = 0
  /** 1-based number of the line last returned by next(). */
  lineNo = 0
  private peeked: string | null | undefined

  constructor(private readonly text: string) {}

  next(): string | null {
    if (this.peeked !== undefined) {
      const p = this.peeked
      this.peeked = undefined
      if (p !== null) this.lineNo++
      return p
    }
    const line = this.read()
    if (line !== null) this.lineNo++
    return line
  }

  /** The next line without consuming it. */
  peek(): string | null {
    if (this.peeked === undefined) this.peeked = this.read()
    return this.peeked
  }

  private read(): string | null {
    const t = this.text
    if (this.pos >= t.length) return null
    let i = this.pos
    while (i < t.length) {
      const c = t.charCodeAt(i)
      if (c === 10 || c === 13) break
      i++
    }
    const line = t.slice(this.pos, i)
    this.pos = t.charCodeAt(i) === 13 && t.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
    return line
  }
}
