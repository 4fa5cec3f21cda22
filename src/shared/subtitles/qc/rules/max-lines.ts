import { lineCount } from '../../text-metrics'
import { makeIssue, rebreakFix } from '../issue'
import type { QcRule } from '../types'

/** More lines than the profile allows. Fix: re-break the lines (when the text can fit). */
export const maxLinesRule: QcRule = {
  id: 'max-lines',
  messageKey: 'qc.maxLines',
  check(cues, ctx) {
    const { maxLines } = ctx.limits
    const issues = []
    for (const cue of cues) {
      const count = lineCount(cue.text)
      if (count <= maxLines) continue
      issues.push(makeIssue(this, cue.id, 'error', { lines: count, max: maxLines }, rebreakFix(cue, ctx)))
    }
    return issues
  }
}
