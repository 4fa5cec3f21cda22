import { gapMs, makeIssue } from '../issue'
import type { QcRule } from '../types'

/**
 * A cue still on screen when the next one starts (two subtitles at once). Only the next cue is
 * compared: rules see cues sorted by start (qc/run.ts), so a cue that overlaps any later cue
 * overlaps the next one too, and the fix (end before the next cue, minus the minimum gap) clears both.
 */
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
        makeIssue(
          this,
          cue.id,
          'error',
          { otherCueId: next.id, overlapMs: Math.min(cue.endMs, next.endMs) - next.startMs },
          end > cue.startMs ? { kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: end } : undefined
        )
      )
    }
    return issues
  }
}
