import { makeIssue } from '../issue'
import type { QcRule } from '../types'

/**
 * A cue still showing when the end card starts covering the clip (clip duration − transition): it would
 * be burned over the "reveal the human" card. Cues past the clip end are outside-clip's business.
 */
export const underEndCardRule: QcRule = {
  id: 'under-end-card',
  messageKey: 'qc.underEndCard',
  check(cues, ctx) {
    const cardStart = ctx.endCardStartMs
    if (cardStart === undefined) return []
    const clipEnd = ctx.clipDurationMs ?? Infinity
    const issues = []
    for (const cue of cues) {
      if (cue.endMs <= cardStart || cue.startMs >= clipEnd) continue
      const fix =
        cue.startMs < cardStart
          ? ({ kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: cardStart } as const)
          : undefined
      issues.push(makeIssue(this, cue.id, 'warning', { endMs: cue.endMs, endCardStartMs: cardStart }, fix))
    }
    return issues
  }
}
