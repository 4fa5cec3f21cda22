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
export function finalizeCues(raw: RawCue[], report: ReportBuilder): { cues: Cue[]; dropped: DroppedCue[]; lines: Record<string, number> } {
  const kept: RawCue[] = []
  const dropped: DroppedCue[] = []
  const drop = (c: RawCue) => {
    const d: DroppedCue = { line: c.line, text: c.text }
    if (Number.isFinite(c.startMs)) d.startMs = c.startMs
    if (Number.isFinite(c.endMs)) d.endMs = c.endMs
    if (c.speaker !== undefined) d.speaker = c.speaker
    dropped.push(d)
  }
  for (const c of raw) {
    if (c.invalid) {
      drop(c)
      continue
    }
    if (c.endMs < c.startMs) {
      report.add(c.line, 'dropped', `cue dropped: it ends (${c.endMs} ms) before it starts (${c.startMs} ms)${c.text ? `: "${short(c.text)}"` : ''}`)
      drop(c)
      continue
    }
    if (c.endMs <= 0 && c.startMs < 0) {
      report.add(c.line, 'dropped', `cue dropped: negative timing (${c.startMs} → ${c.endMs} ms)`)
      drop(c)
      continue
    }
    if (c.startMs < 0) {
      report.add(c.line, 'repaired', `negative start ${c.startMs} ms clamped to 0`)
      kept.push({ ...c, startMs: 0 })
      continue
    }
    kept.push(c)
  }
  let sorted = kept
  for (let i = 1; i < kept.length; i++) {
    if (kept[i].startMs < kept[i - 1].startMs) {
      report.add(kept[i].line, 'repaired', `cue starts before the previous cue (line ${kept[i - 1].line}); cues sorted by start time`)
      sorted = kept === sorted ? kept.slice() : sorted
    }
  }
  if (sorted !== kept) sorted.sort((a, b) => a.startMs - b.startMs)
  const seen = new Map<string, number>()
  for (const c of sorted) if (c.id) seen.set(c.id, (seen.get(c.id) ?? 0) + 1)
  const used = new Set([...seen].filter(([, n]) => n === 1).map(([id]) => id))
  const lines: Record<string, number> = {}
  const cues = sorted.map((c, i) => {
    let id = c.id && seen.get(c.id) === 1 ? c.id : `c${i + 1}`
    if (id !== c.id) {
      for (let k = 2; used.has(id); k++) id = `c${i + 1}-${k}`
      used.add(id)
    }
    const cue: Cue = { id, startMs: c.startMs, endMs: c.endMs, text: c.text }
    if (c.speaker !== undefined) cue.speaker = c.speaker
    if (c.marks) cue.marks = c.marks
    if (c.place) cue.place = c.place
    if (c.native) cue.native = c.native
    lines[id] = c.line
    return cue
  })
  return { cues, dropped, lines }
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > 40 ? `${one.slice(0, 40)}…` : one
}
