import type { Cue } from '../../project/schema'
import type { ReportBuilder } from '../report'
import type { RawCue } from './types'

/**
 * Turns raw cues into valid Cues, shared by every format:
 * - a negative start is clamped to 0 (repaired); a cue ending at or before 0 or before it starts is skipped;
 * - cues out of order are SORTED by start time (stable) and each one is reported — the track model and the
 *   burn-in expect time order, and keeping a file's accidental order would only hide the problem;
 * - ids: the file's own id where it has a unique one (WebVTT identifiers), otherwise c<position> (1-based,
 *   final order), made unique against the file's ids.
 */
export function finalizeCues(raw: RawCue[], report: ReportBuilder): Cue[] {
  const kept: RawCue[] = []
  for (const c of raw) {
    if (c.endMs <= 0 && c.startMs < 0) {
      report.add(c.line, 'skipped', `cue has negative timing (${c.startMs} → ${c.endMs} ms)`)
      continue
    }
    if (c.endMs < c.startMs) {
      report.add(c.line, 'skipped', `cue ends (${c.endMs} ms) before it starts (${c.startMs} ms)`)
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
  return sorted.map((c, i) => {
    let id = c.id && seen.get(c.id) === 1 ? c.id : `c${i + 1}`
    if (id !== c.id) {
      for (let k = 2; used.has(id); k++) id = `c${i + 1}-${k}`
      used.add(id)
    }
    const cue: Cue = { id, startMs: c.startMs, endMs: c.endMs, text: c.text }
    if (c.speaker !== undefined) cue.speaker = c.speaker
    return cue
  })
}
