import type { CueMark } from '../../../../shared/project/schema'

/** A piece of cue text with one look (for the cue list and the editor's preview). */
export interface RichRun {
  start: number
  end: number
  text: string
  italic: boolean
  bold: boolean
  underline: boolean
  strike: boolean
  color?: string
  /** Covered by a lint finding. */
  flagged: boolean
}

/**
 * Cuts cue text at every formatting and lint boundary. Pure: the studio draws each run as a span; the
 * text itself stays the plain text the lint and QC read.
 */
export function richRuns(
  text: string,
  marks: readonly CueMark[] | undefined,
  flagged: readonly { start: number; end: number }[] = []
): RichRun[] {
  const cuts = new Set<number>([0, text.length])
  const ranges = (marks ?? []).filter((m) => m.to > m.from)
  for (const m of ranges) {
    cuts.add(Math.min(text.length, m.from))
    cuts.add(Math.min(text.length, m.to))
  }
  const flags = flagged
    .map((f) => ({
      start: Math.max(0, Math.min(text.length, f.start)),
      end: Math.max(0, Math.min(text.length, f.end))
    }))
    .filter((f) => f.end > f.start)
  for (const f of flags) {
    cuts.add(f.start)
    cuts.add(f.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const runs: RichRun[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]
    const end = points[i + 1]
    if (end <= start) continue
    const on = ranges.filter((m) => m.from <= start && m.to >= end)
    const color = on.filter((m) => m.kind === 'color').pop()?.value
    const run: RichRun = {
      start,
      end,
      text: text.slice(start, end),
      italic: on.some((m) => m.kind === 'italic'),
      bold: on.some((m) => m.kind === 'bold'),
      underline: on.some((m) => m.kind === 'underline'),
      strike: on.some((m) => m.kind === 'strike'),
      flagged: flags.some((f) => f.start <= start && f.end >= end)
    }
    if (color) run.color = color
    const prev = runs[runs.length - 1]
    if (
      prev &&
      prev.italic === run.italic &&
      prev.bold === run.bold &&
      prev.underline === run.underline &&
      prev.strike === run.strike &&
      prev.color === run.color &&
      prev.flagged === run.flagged
    ) {
      prev.end = end
      prev.text += run.text
    } else runs.push(run)
  }
  return runs
}

/** Inline style of a run (React style object). */
export function runStyle(
  r: RichRun
): { fontStyle?: 'italic'; fontWeight?: 'bold'; textDecoration?: string; color?: string } | undefined {
  const decoration = [r.underline ? 'underline' : '', r.strike ? 'line-through' : ''].filter(Boolean).join(' ')
  if (!r.italic && !r.bold && !decoration && !r.color) return undefined
  return {
    ...(r.italic ? { fontStyle: 'italic' as const } : {}),
    ...(r.bold ? { fontWeight: 'bold' as const } : {}),
    ...(decoration ? { textDecoration: decoration } : {}),
    ...(r.color ? { color: r.color } : {})
  }
}
