import type { Cue } from '../../project/schema'
import { snapToFrame } from '../../time'
import { joinRich, retargetMarks, sliceMarks } from '../rich/marks'

/*
 * Edits on a cue list: pure, return a new array, never mutate. They work on any cue list (source or a
 * locale's view); for the SOURCE track wrap them with editSourceTrack (track-edits.ts) so translations
 * whose source changed are marked outdated. Cue lists stay sorted by start time.
 */

/** An id not used by any cue: "c<n>" with n one above the highest numbered id. */
export function freshCueId(cues: readonly Cue[], taken: Iterable<string> = []): string {
  const used = new Set([...cues.map((c) => c.id), ...taken])
  let n = cues.length + 1
  for (const c of cues) {
    const m = /^c(\d+)$/.exec(c.id)
    if (m) n = Math.max(n, Number(m[1]) + 1)
  }
  while (used.has(`c${n}`)) n++
  return `c${n}`
}

export function sortCues(cues: readonly Cue[]): Cue[] {
  return [...cues].sort((a, b) => a.startMs - b.startMs)
}

/** Adds a cue (its id made unique if taken) and keeps time order. */
export function addCue(cues: readonly Cue[], cue: Omit<Cue, 'id'> & { id?: string }): Cue[] {
  const id = cue.id && !cues.some((c) => c.id === cue.id) ? cue.id : freshCueId(cues)
  return sortCues([
    ...cues,
    {
      ...cue,
      id,
      startMs: Math.max(0, Math.round(cue.startMs)),
      endMs: Math.max(Math.round(cue.startMs), Math.round(cue.endMs))
    }
  ])
}

export function deleteCues(cues: readonly Cue[], ids: readonly string[]): Cue[] {
  const drop = new Set(ids)
  return cues.filter((c) => !drop.has(c.id))
}

/** Changes one cue; a new text without new marks moves the cue's marks along (retargetMarks). */
export function updateCue(cues: readonly Cue[], id: string, patch: Partial<Omit<Cue, 'id'>>): Cue[] {
  return sortCues(
    cues.map((c) => {
      if (c.id !== id) return c
      const next: Cue = { ...c, ...patch }
      if (patch.text !== undefined && !('marks' in patch)) {
        const marks = retargetMarks(c.text, patch.text, c.marks)
        if (marks) next.marks = marks
        else delete next.marks
      }
      return next
    })
  )
}

/**
 * Splits a cue in two at a time inside it; the text is divided at the nearest word boundary to the
 * same proportion (or at `caret` when given — a text offset, e.g. the editor's cursor). The first part
 * keeps the id; the second gets a fresh one.
 */
export function splitCue(cues: readonly Cue[], id: string, at: { timeMs?: number; caret?: number }): Cue[] {
  const cue = cues.find((c) => c.id === id)
  if (!cue || cue.endMs - cue.startMs < 2) return [...cues]
  const textLen = cue.text.length
  let caret = at.caret
  let time = at.timeMs
  if (time === undefined) {
    const ratio = textLen === 0 ? 0.5 : (caret ?? textLen / 2) / textLen
    time = Math.round(cue.startMs + (cue.endMs - cue.startMs) * ratio)
  }
  time = Math.min(cue.endMs - 1, Math.max(cue.startMs + 1, Math.round(time)))
  if (caret === undefined)
    caret = nearestWordBoundary(cue.text, Math.round((textLen * (time - cue.startMs)) / (cue.endMs - cue.startMs)))
  caret = Math.max(0, Math.min(textLen, caret))
  // Each half keeps the formatting of its own text (whitespace at the cut is trimmed).
  const firstEnd = cue.text.slice(0, caret).replace(/\s+$/, '').length
  const secondStart = textLen - cue.text.slice(caret).replace(/^\s+/, '').length
  const first: Cue = withMarks(
    { ...cue, endMs: time, text: cue.text.slice(0, firstEnd) },
    sliceMarks(cue.marks, 0, firstEnd, textLen)
  )
  const second: Cue = withMarks(
    { ...cue, id: freshCueId(cues), startMs: time, text: cue.text.slice(secondStart) },
    sliceMarks(cue.marks, secondStart, textLen, textLen)
  )
  if (second.native?.notes) second.native = { ...second.native, notes: undefined }
  return cues.flatMap((c) => (c.id === id ? [first, second] : [c]))
}

function nearestWordBoundary(text: string, target: number): number {
  let best = -1
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]) && (best < 0 || Math.abs(i - target) < Math.abs(best - target))) best = i
  }
  return best < 0 ? target : best
}

/** Merges consecutive cues (by id, in time order) into the first: joined text, union of times. */
export function mergeCues(cues: readonly Cue[], ids: readonly string[]): Cue[] {
  const chosen = cues.filter((c) => ids.includes(c.id))
  if (chosen.length < 2) return [...cues]
  const [first, ...rest] = chosen
  // Trimmed parts joined by a line break, each keeping its formatting.
  const parts = chosen
    .map((c) => {
      const start = c.text.length - c.text.trimStart().length
      const end = c.text.trimEnd().length
      return {
        text: c.text.slice(start, Math.max(start, end)),
        marks: sliceMarks(c.marks, start, Math.max(start, end), c.text.length)
      }
    })
    .filter((p) => p.text !== '')
  const joined = joinRich(parts, '\n')
  const merged: Cue = withMarks(
    {
      ...first,
      startMs: Math.min(...chosen.map((c) => c.startMs)),
      endMs: Math.max(...chosen.map((c) => c.endMs)),
      text: joined.text
    },
    joined.marks
  )
  const drop = new Set(rest.map((c) => c.id))
  return cues.filter((c) => !drop.has(c.id)).map((c) => (c.id === first.id ? merged : c))
}

/** Shifts all cues (or only `ids`) by `deltaMs`; times are clamped at 0 (a cue never gets shorter than 0). */
export function shiftCues(cues: readonly Cue[], deltaMs: number, ids?: readonly string[]): Cue[] {
  const only = ids ? new Set(ids) : undefined
  return sortCues(
    cues.map((c) => {
      if (only && !only.has(c.id)) return c
      const startMs = Math.max(0, Math.round(c.startMs + deltaMs))
      return { ...c, startMs, endMs: Math.max(startMs, Math.round(c.endMs + deltaMs)) }
    })
  )
}

/**
 * Frame-rate conversion: a track timed for `fromFps` media played at `toFps` (e.g. 25 → 23.976 PAL
 * speed-up undone) runs slower by fromFps/toFps. Every time is multiplied by that factor.
 */
export function stretchCues(cues: readonly Cue[], fromFps: number, toFps: number): Cue[] {
  const factor = fromFps / toFps
  return cues.map((c) => ({ ...c, startMs: Math.round(c.startMs * factor), endMs: Math.round(c.endMs * factor) }))
}

/** Snaps every start and end to the frame grid of `fps` (nearest frame boundary). */
export function snapCuesToFrames(cues: readonly Cue[], fps: number): Cue[] {
  return cues.map((c) => {
    const startMs = snapToFrame(c.startMs, fps)
    return { ...c, startMs, endMs: Math.max(startMs, snapToFrame(c.endMs, fps)) }
  })
}

/**
 * Removes overlaps and too-small gaps: where a cue ends less than `minGapMs` before the next starts
 * (or after it), its end moves to next.start − minGapMs — unless that would leave it shorter than
 * `minDurationMs`, in which case the next cue's start moves later instead (bounded by its own end).
 */
export function fixOverlapsAndGaps(cues: readonly Cue[], minGapMs: number, minDurationMs = 0): Cue[] {
  const out = sortCues(cues)
  for (let i = 0; i + 1 < out.length; i++) {
    const cue = out[i]
    const next = out[i + 1]
    if (next.startMs - cue.endMs >= minGapMs) continue
    const end = next.startMs - minGapMs
    if (end - cue.startMs >= Math.max(1, minDurationMs)) {
      out[i] = { ...cue, endMs: end }
    } else {
      const start = Math.min(next.endMs, cue.endMs + minGapMs)
      out[i + 1] = { ...next, startMs: start }
    }
  }
  return out
}

function withMarks(cue: Cue, marks: Cue['marks']): Cue {
  if (marks) cue.marks = marks
  else delete cue.marks
  return cue
}
