import { gapMs, makeIssue } from '../issue'
import type { QcRule } from '../types'

/** A cue still on screen when a later one starts (two subtitles at once). Checked against every later cue that starts before it ends. */
export const overlapRule: QcRule = {
  id: 'overlap',
  messageKey: 'qc.overlap',
  check(cues, ctx) {
    const min = gapMs(ctx.limits.minGapFrames, ctx.fps)
    const issues = []
    for (let i = 0; i + 1 < cues.length; i++) {
      const cue = cues[i]
      const next = cues[i + 1]
      if (next.startMs >= cue.endMs) continue
      const end = next.startMs - min
      issues.push(
        makeIssue(this, cue.id, 'error', { otherCueId: next.id, overlapMs: Math.min(cue.endMs, next.endMs) - next.startMs }, `Cue overlaps the next cue by ${Math.min(cue.endMs, next.endMs) - next.startMs} ms.`, end > cue.startMs ? { kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: end } : undefined)
      )
    }
    return issues
  }
}
