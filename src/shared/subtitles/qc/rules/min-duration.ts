import { isBlankCueText } from '../../text-metrics'
import { gapMs, makeIssue } from '../issue'
import type { QcRule } from '../types'

/** Shown too briefly to read. The fix extends it if the next cue (and the clip end) leave room. */
export const minDurationRule: QcRule = {
  id: 'min-duration',
  messageKey: 'qc.minDuration',
  check(cues, ctx) {
    const { minDurationMs, minGapFrames } = ctx.limits
    const issues = []
    for (let i = 0; i < cues.length; i++) {
      const cue = cues[i]
      const duration = cue.endMs - cue.startMs
      if (duration >= minDurationMs || isBlankCueText(cue.text)) continue // blank: the empty-cue rule reports it
      const next = cues[i + 1]
      const limit = Math.min(
        next ? next.startMs - gapMs(minGapFrames, ctx.fps) : Infinity,
        ctx.clipDurationMs ?? Infinity
      )
      const end = cue.startMs + minDurationMs
      issues.push(
        makeIssue(
          this,
          cue.id,
          'warning',
          { durationMs: duration, min: minDurationMs },
          end <= limit ? { kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: end } : undefined
        )
      )
    }
    return issues
  }
}
