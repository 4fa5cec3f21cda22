/** A piece of text with the issues that cover it, for drawing highlights behind a textarea. */
export interface Segment {
  start: number
  end: number
  text: string
  /** Indexes (into the issues array given) of the issues covering this piece; empty for plain text. */
  issues: number[]
}

export interface Span {
  start: number
  end: number
}

/**
 * Cuts `text` at every issue boundary so overlapping issues become adjacent segments, each knowing
 * which issues cover it. Out-of-range and empty spans are clamped or ignored instead of throwing:
 * issues may come from a slightly older version of the text while the user types.
 */
export function segmentText(text: string, spans: Span[]): Segment[] {
  const cuts = new Set<number>([0, text.length])
  const valid: { span: Span; index: number }[] = []
  spans.forEach((s, index) => {
    const start = Math.max(0, Math.min(text.length, s.start))
    const end = Math.max(0, Math.min(text.length, s.end))
    if (end <= start) return
    cuts.add(start)
    cuts.add(end)
    valid.push({ span: { start, end }, index })
  })
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    if (end <= start) continue
    const issues = valid.filter((v) => v.span.start <= start && v.span.end >= end).map((v) => v.index)
    const prev = segments[segments.length - 1]
    if (prev && prev.issues.length === 0 && issues.length === 0) {
      prev.end = end
      prev.text = text.slice(prev.start, end)
    } else segments.push({ start, end, text: text.slice(start, end), issues })
  }
  return segments
}

/** Replaces text[start, end) with `replacement`. */
export function replaceRange(text: string, span: Span, replacement: string): string {
  return text.slice(0, span.start) + replacement + text.slice(span.end)
}

/**
 * The text a one-click fix inserts. Rule packs phrase some suggestions as advice with the wording in
 * quotes ("Describe what happened: “That didn't go your way.”"); only the quoted wording goes into the
 * script. Plain suggestions ("friend") are inserted as they are.
 */
export function replacementOf(suggestion: string): string {
  const quoted = /[“"«]([^”"»]+)[”"»]/.exec(suggestion)
  return quoted ? quoted[1].trim() : suggestion.trim()
}
