import type { CueMark, MarkKind } from '../../project/schema'

/*
 * Marks lay formatting over a cue's PLAIN text as half-open UTF-16 ranges [from, to). These helpers keep
 * them in one canonical form, so two cues that look the same compare equal (round-trip tests rely on it):
 * - range kinds with nothing under them are dropped; point kinds ('time', 'ass') are zero-width;
 * - touching or overlapping marks of the same kind, value and classes are merged (never 'ruby': two
 *   annotations side by side are two annotations);
 * - sorted by start, longer first (outer before inner), then by kind; point marks keep their order.
 */

/** Kinds that sit at one offset instead of covering text. */
export const POINT_KINDS: ReadonlySet<MarkKind> = new Set(['time', 'ass'])

/** Kinds that format the text itself (rendered by the burn-in, carried to translations when they cover a whole cue). */
export const STYLE_KINDS: ReadonlySet<MarkKind> = new Set(['italic', 'bold', 'underline', 'strike', 'color'])

const KIND_ORDER: Record<MarkKind, number> = {
  voice: 0,
  lang: 1,
  class: 2,
  color: 3,
  bold: 4,
  italic: 5,
  underline: 6,
  strike: 7,
  ruby: 8,
  time: 9,
  ass: 10
}

export interface RichText {
  text: string
  marks?: CueMark[]
}

function sameStyle(a: CueMark, b: CueMark): boolean {
  return a.kind === b.kind && a.value === b.value && (a.classes?.join('.') ?? '') === (b.classes?.join('.') ?? '')
}

function copy(m: CueMark, from: number, to: number): CueMark {
  const out: CueMark = { from, to, kind: m.kind }
  if (m.value !== undefined) out.value = m.value
  if (m.classes && m.classes.length) out.classes = m.classes.slice()
  return out
}

/** The canonical form of `marks` over a text of `length` UTF-16 units; undefined when nothing is left. */
export function normalizeMarks(marks: readonly CueMark[] | undefined, length: number): CueMark[] | undefined {
  if (!marks || marks.length === 0) return undefined
  const points: CueMark[] = []
  const ranges: CueMark[] = []
  for (const m of marks) {
    if (POINT_KINDS.has(m.kind)) {
      const at = Math.max(0, Math.min(length, m.from))
      points.push(copy(m, at, at))
      continue
    }
    const from = Math.max(0, Math.min(length, m.from))
    const to = Math.max(from, Math.min(length, m.to))
    if (to > from) ranges.push(copy(m, from, to))
  }
  ranges.sort((a, b) => a.from - b.from || b.to - a.to || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
  const merged: CueMark[] = []
  for (const m of ranges) {
    if (m.kind !== 'ruby') {
      // Same style already open and touching: extend it instead of adding a second mark.
      let joined = false
      for (let i = merged.length - 1; i >= 0; i--) {
        const o = merged[i]
        if (o.to < m.from) continue
        if (sameStyle(o, m)) {
          o.to = Math.max(o.to, m.to)
          joined = true
          break
        }
      }
      if (joined) continue
    }
    merged.push(m)
  }
  merged.sort((a, b) => a.from - b.from || b.to - a.to || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
  // Stable merge of points into the ranges by offset (a point sorts before ranges starting at the same offset).
  const out: CueMark[] = []
  let pi = 0
  points.sort((a, b) => a.from - b.from)
  for (const m of merged) {
    while (pi < points.length && points[pi].from <= m.from) out.push(points[pi++])
    out.push(m)
  }
  while (pi < points.length) out.push(points[pi++])
  return out.length ? out : undefined
}

/**
 * Moves marks through a text edit (old → new). The edit is found as the common prefix and suffix, and
 * inside what changed a character alignment (longest common subsequence, bounded to short texts) keeps
 * marks on the characters that survive — so a re-break of the lines or a fixed typo moves nothing else.
 * Text typed at the end of a mark joins it (as in word processors); text typed at its start does not;
 * text replacing the whole of a mark's text takes its place.
 */
export function retargetMarks(
  oldText: string,
  newText: string,
  marks: readonly CueMark[] | undefined
): CueMark[] | undefined {
  if (!marks || marks.length === 0) return undefined
  if (oldText === newText) return normalizeMarks(marks, newText.length)
  const max = Math.min(oldText.length, newText.length)
  let p = 0
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++
  let s = 0
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++
  const oldEnd = oldText.length - s
  const newEnd = newText.length - s
  const delta = newText.length - oldText.length
  const middle = alignMiddle(oldText.slice(p, oldEnd), newText.slice(p, newEnd))
  const map = (b: number) => (b < p ? b : b > oldEnd || (b === oldEnd && b > p) ? b + delta : p + middle(b - p))
  const moved = marks.map((m) => {
    if (POINT_KINDS.has(m.kind)) {
      const at = map(m.from)
      return copy(m, at, at)
    }
    // A mark ending right where an insertion starts takes the inserted text.
    const to = m.to === p && p === oldEnd ? m.to + delta : map(m.to)
    const from = m.from === p && p === oldEnd ? m.from + delta : map(m.from)
    return copy(m, from, to)
  })
  return normalizeMarks(moved, newText.length)
}

/** Cells of the alignment table above which the middle of an edit is mapped proportionally instead. */
const MAX_ALIGN_CELLS = 300_000

/**
 * Old boundary → new boundary inside the changed middle of an edit. Deletions are taken before insertions,
 * so replaced text keeps the marks of the text it replaced.
 */
function alignMiddle(a: string, b: string): (boundary: number) => number {
  const n = a.length
  const m = b.length
  if (n === m) return (x) => x
  if (n === 0) return () => m
  if ((n + 1) * (m + 1) > MAX_ALIGN_CELLS) return (x) => Math.round((x * m) / n)
  const w = m + 1
  const lcs = new Int32Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] =
        a.charCodeAt(i) === b.charCodeAt(j)
          ? lcs[(i + 1) * w + j + 1] + 1
          : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1])
  const at = new Int32Array(n + 1)
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a.charCodeAt(i) === b.charCodeAt(j)) {
      at[i] = j
      i++
      j++
    } else if (i < n && (j === m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
      at[i] = j
      i++
    } else j++
  }
  at[n] = m
  return (x) => at[x]
}

/** The marks of text[from, to), shifted to start at 0. Point marks at `to` go with the next part unless `to` is the end. */
export function sliceMarks(
  marks: readonly CueMark[] | undefined,
  from: number,
  to: number,
  length: number
): CueMark[] | undefined {
  if (!marks) return undefined
  const out: CueMark[] = []
  for (const m of marks) {
    if (POINT_KINDS.has(m.kind)) {
      if (m.from >= from && (m.from < to || (to === length && m.from === to)))
        out.push(copy(m, m.from - from, m.from - from))
      continue
    }
    const a = Math.max(m.from, from)
    const b = Math.min(m.to, to)
    if (b > a) out.push(copy(m, a - from, b - from))
  }
  return normalizeMarks(out, to - from)
}

/** Joins rich texts with `separator` between them (e.g. merging cues). */
export function joinRich(parts: readonly RichText[], separator: string): { text: string; marks?: CueMark[] } {
  let text = ''
  const marks: CueMark[] = []
  parts.forEach((part, i) => {
    if (i > 0) text += separator
    const offset = text.length
    for (const m of part.marks ?? []) marks.push(copy(m, m.from + offset, m.to + offset))
    text += part.text
  })
  const normalized = normalizeMarks(marks, text.length)
  return normalized ? { text, marks: normalized } : { text }
}

/** Style marks (italic, bold, underline, strike, colour) that cover all of the text's visible characters. */
export function wholeTextMarks(text: string, marks: readonly CueMark[] | undefined): CueMark[] | undefined {
  if (!marks || !text.trim()) return undefined
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  const out = marks.filter((m) => STYLE_KINDS.has(m.kind) && m.from <= start && m.to >= end)
  return out.length ? out : undefined
}

/** Re-lays whole-text style marks over another text (a translation of the cue). */
export function coverWith(text: string, whole: readonly CueMark[] | undefined): CueMark[] | undefined {
  if (!whole || !text) return undefined
  return normalizeMarks(
    whole.map((m) => copy(m, 0, text.length)),
    text.length
  )
}

/** True when every visible character of text[from, to) is under a mark of `kind` (and `value` when given). */
export function isMarked(
  text: string,
  marks: readonly CueMark[] | undefined,
  from: number,
  to: number,
  kind: MarkKind,
  value?: string
): boolean {
  const relevant = (marks ?? []).filter((m) => m.kind === kind && (value === undefined || m.value === value))
  for (let i = from; i < to; i++) {
    if (/\s/.test(text[i])) continue
    if (!relevant.some((m) => m.from <= i && m.to > i)) return false
  }
  return relevant.length > 0 || from >= to
}

/**
 * Keyboard formatting (Ctrl+I, Ctrl+B…): removes `kind` from [from, to) when all of it has it, adds it
 * otherwise. An empty selection means the whole cue (what subtitle editors do).
 */
export function toggleMark(
  text: string,
  marks: readonly CueMark[] | undefined,
  from: number,
  to: number,
  kind: MarkKind,
  value?: string
): CueMark[] | undefined {
  if (from >= to) {
    from = 0
    to = text.length
  }
  if (from >= to) return normalizeMarks(marks, text.length)
  if (isMarked(text, marks, from, to, kind, value)) return removeMark(marks, from, to, kind, text.length)
  const kept = kind === 'color' ? (removeMark(marks, from, to, 'color', text.length) ?? []) : [...(marks ?? [])]
  const added: CueMark = value === undefined ? { from, to, kind } : { from, to, kind, value }
  return normalizeMarks([...kept, added], text.length)
}

/** Takes `kind` off text[from, to), splitting marks that reach outside it. */
export function removeMark(
  marks: readonly CueMark[] | undefined,
  from: number,
  to: number,
  kind: MarkKind,
  length: number
): CueMark[] | undefined {
  if (!marks) return undefined
  const out: CueMark[] = []
  for (const m of marks) {
    if (m.kind !== kind || m.to <= from || m.from >= to) {
      out.push(m)
      continue
    }
    if (m.from < from) out.push(copy(m, m.from, from))
    if (m.to > to) out.push(copy(m, to, m.to))
  }
  return normalizeMarks(out, length)
}

export interface Segment {
  from: number
  to: number
  text: string
  /** Range marks covering this segment, outer first. */
  active: CueMark[]
  /** Point marks at `from` (before this segment's text). */
  points: CueMark[]
}

/**
 * Cuts the text at every mark boundary: each segment has one set of active marks. A trailing segment of
 * length 0 carries point marks at the very end. Writers and the burn-in walk these.
 */
export function segments(text: string, marks: readonly CueMark[] | undefined): Segment[] {
  if (!marks || marks.length === 0) return [{ from: 0, to: text.length, text, active: [], points: [] }]
  const cuts = new Set<number>([0, text.length])
  for (const m of marks) {
    cuts.add(m.from)
    cuts.add(m.to)
  }
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]
    const to = i + 1 < sorted.length ? sorted[i + 1] : text.length
    const points = marks.filter((m) => POINT_KINDS.has(m.kind) && m.from === from)
    if (to === from && points.length === 0) continue
    const active = to > from ? marks.filter((m) => !POINT_KINDS.has(m.kind) && m.from <= from && m.to >= to) : []
    out.push({ from, to, text: text.slice(from, to), active, points })
  }
  return out
}

/**
 * Writes marks as nested tags (SRT, WebVTT): at each boundary, closes what ends (and what is inside
 * it), then opens what starts, outer marks first — so overlapping marks come out well nested.
 */
export function writeNested(
  text: string,
  marks: readonly CueMark[] | undefined,
  open: (m: CueMark) => string | null,
  close: (m: CueMark) => string,
  escape: (s: string) => string,
  point: (m: CueMark) => string = () => ''
): string {
  const stack: { mark: CueMark; close: string }[] = []
  let out = ''
  for (const seg of segments(text, marks)) {
    // Close down to the deepest mark that is still active.
    let keep = 0
    while (keep < stack.length && seg.active.includes(stack[keep].mark)) keep++
    while (stack.length > keep) out += stack.pop()!.close
    for (const p of seg.points) out += point(p)
    for (const m of seg.active) {
      if (stack.some((s) => s.mark === m)) continue
      const tag = open(m)
      if (tag === null) continue
      out += tag
      stack.push({ mark: m, close: close(m) })
    }
    out += escape(seg.text)
  }
  while (stack.length) out += stack.pop()!.close
  return out
}
