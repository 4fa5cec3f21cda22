import { gapMs, makeIssue } from '../issue'
import type { QcRule } from '../types'

/**
 * Consecutive cues closer than the minimum gap (frames at the clip's fps) flicker. Overlaps are the
 * overlap rule's business, so only gaps in [0, min) are reported here. The fix ends the cue earlier.
 */
export const minGapRule: QcRule = {
  id: 'min-gap',
  messageKey: 'qc.minGap',
  check(cues, ctx) {
    const min = gapMs(ctx.limits.minGapFrames, ctx.fps)
    const issues = []
    for (let i = 0; i + 1 < cues.length; i++) {
      const cue = cues[i]
      const gap = cues[i + 1].startMs - cue.endMs
      if (gap < 0 || gap >= min) continue
      const end = cues[i + 1].startMs - min
      issues.push(
        makeIssue(
          this,
          cue.id,
          'warning',
          { gapMs: gap, min, frames: ctx.limits.minGapFrames },
          end > cue.startMs ? { kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: end } : undefined
        )
      )
    }
    return issues
  }
}
