import type { Cue } from '../../project/schema'
import type { ReportBuilder } from '../report'
import type { DroppedCue, RawCue } from './types'

/**
 * Turns raw cues into valid Cues, shared by every format:
 * - a negative start is clamped to 0 (repaired); a cue ending at or before 0, or ending before it starts,
 *   is DROPPED and reported — its text is kept in `dropped` so the kindness lint still reads it;
 * - cues out of order are SORTED by start time (stable) and each one is reported — the track model and
 *   the burn-in expect time order, and keeping a file's accidental order would only hide the problem;
 * - ids: the file's own id where it has a unique one (WebVTT identifiers), otherwise c<position> (1-based,
 *   final order), made unique against the file's ids.
 * Raw cues marked `invalid` were already reported by the reader; only their text is carried on.
 */
export function finalizeCues(raw: RawCue[], report: ReportBuilder): { cues: Cue[]; dropped: DroppedCue[] } {
  const kept: RawCue[] = []
  const dropped: DroppedCue[] = []
  const drop = (c: RawCue) => {
    const d: DroppedCue = { line: c.line, text: c.text }
    if (Number.isFinite(c.startMs)) d.startMs = c.startMs
    if (Number.isFinite(c.endMs)) d.endMs = c.endMs
    if (c.speaker !== undefined) d.speaker = c.speaker
    dropped.push(d)
  }
  let anyId = false
  for (const c of raw) {
    if (c.invalid) {
      drop(c)
      continue
    }
    if (c.endMs < c.startMs) {
      report.add(
        c.line,
        'dropped',
        `cue dropped: it ends (${c.endMs} ms) before it starts (${c.startMs} ms)${c.text ? `: "${short(c.text)}"` : ''}`
      )
      drop(c)
      continue
    }
    if (c.endMs <= 0 && c.startMs < 0) {
      report.add(c.line, 'dropped', `cue dropped: negative timing (${c.startMs} → ${c.endMs} ms)`)
      drop(c)
      continue
    }
    if (c.id) anyId = true
    if (c.startMs < 0) {
      report.add(c.line, 'repaired', `negative start ${c.startMs} ms clamped to 0`)
      c.startMs = 0
    }
    kept.push(c)
  }
  let sorted = kept
  for (let i = 1; i < kept.length; i++) {
    if (kept[i].startMs < kept[i - 1].startMs) {
      report.add(
        kept[i].line,
        'repaired',
        `cue starts before the previous cue (line ${kept[i - 1].line}); cues sorted by start time`
      )
      sorted = kept === sorted ? kept.slice() : sorted
    }
  }
  if (sorted !== kept) sorted.sort((a, b) => a.startMs - b.startMs)
  // Ids: most files have none (SRT, ASS), and then c1…cN is all there is to do.
  let ids: string[]
  if (!anyId) ids = sorted.map((_, i) => `c${i + 1}`)
  else {
    const seen = new Map<string, number>()
    for (const c of sorted) if (c.id) seen.set(c.id, (seen.get(c.id) ?? 0) + 1)
    const used = new Set<string>()
    for (const [id, n] of seen) if (n === 1) used.add(id)
    // A generated id only has to avoid the file's own ids: generated ones differ by position.
    ids = sorted.map((c, i) => {
      if (c.id && seen.get(c.id) === 1) return c.id
      let id = `c${i + 1}`
      for (let k = 2; used.has(id); k++) id = `c${i + 1}-${k}`
      return id
    })
  }
  const cues = new Array<Cue>(sorted.length)
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]
    const cue: Cue = { id: ids[i], startMs: c.startMs, endMs: c.endMs, text: c.text }
    if (c.speaker !== undefined) cue.speaker = c.speaker
    if (c.marks) cue.marks = c.marks
    if (c.place) cue.place = c.place
    if (c.native) cue.native = c.native
    if (c.words) cue.words = c.words
    cues[i] = cue
  }
  return { cues, dropped }
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > 40 ? `${one.slice(0, 40)}…` : one
}
