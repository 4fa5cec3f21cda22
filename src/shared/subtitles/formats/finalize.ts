import type { Cue } from '../../project/schema'
import type { ReportBuilder } from '../report'
import type { RawCue } from './types'

/**
 * Turns raw cues into valid Cues, shared by every format:
 * - a negative start is clamped to 0 (repaired); a cue ending at or before 0 or before it starts is skipped;
 * - cues out of order are SORTED by start time (stable) and each one is reported — the track model and the
 *   burn-in expect time order, and keeping a file's accidental order would only hide the problem;
 * - ids: the file's own id when it has unique ones (WebVTT identifiers), otherwise c1, c2, … in final order.
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
  const fileIds = sorted.every((c) => c.id) && new Set(sorted.map((c) => c.id)).size === sorted.length
  return sorted.map((c, i) => {
    const cue: Cue = { id: fileIds ? (c.id as string) : `c${i + 1}`, startMs: c.startMs, endMs: c.endMs, text: c.text }
    if (c.speaker !== undefined) cue.speaker = c.speaker
    return cue
  })
}
