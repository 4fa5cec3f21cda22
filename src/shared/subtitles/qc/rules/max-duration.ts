import { makeIssue } from '../issue'
import type { QcRule } from '../types'

/** Shown longer than the profile allows; the fix shortens it to the maximum. */
export const maxDurationRule: QcRule = {
  id: 'max-duration',
  messageKey: 'qc.maxDuration',
  check(cues, ctx) {
    const { maxDurationMs } = ctx.limits
    const issues = []
    for (const cue of cues) {
      const duration = cue.endMs - cue.startMs
      if (duration <= maxDurationMs) continue
      issues.push(
        makeIssue(
          this,
          cue.id,
          'warning',
          { durationMs: duration, max: maxDurationMs },
          { kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: cue.startMs + maxDurationMs }
        )
      )
    }
    return issues
  }
}
