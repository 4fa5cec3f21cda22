import { widestLineWidth } from '../../text-metrics'
import { makeIssue, rebreakFix } from '../issue'
import type { QcRule } from '../types'

/** A line wider than the profile's characters-per-line (display width: CJK full-width counts 2). Fix: re-break the lines. */
export const maxCplRule: QcRule = {
  id: 'max-cpl',
  messageKey: 'qc.maxCpl',
  check(cues, ctx) {
    const { maxCpl } = ctx.limits
    const issues = []
    for (const cue of cues) {
      const widest = widestLineWidth(cue.text)
      if (widest <= maxCpl) continue
      issues.push(makeIssue(this, cue.id, 'error', { width: widest, max: maxCpl }, rebreakFix(cue, ctx)))
    }
    return issues
  }
}
