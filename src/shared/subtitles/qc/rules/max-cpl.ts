import { autoLineBreak } from '../../edits/line-break'
import { displayLines, lineWidth } from '../../text-metrics'
import { makeIssue } from '../issue'
import type { QcRule } from '../types'

/** A line wider than the profile's characters-per-line (display width: CJK full-width counts 2). */
export const maxCplRule: QcRule = {
  id: 'max-cpl',
  messageKey: 'qc.maxCpl',
  check(cues, ctx) {
    const { maxCpl, maxLines } = ctx.limits
    const issues = []
    for (const cue of cues) {
      const widest = Math.max(...displayLines(cue.text).map(lineWidth))
      if (widest <= maxCpl) continue
      const rebroken = autoLineBreak(cue.text, { maxCpl, maxLines, locale: ctx.locale })
      const fits = rebroken !== cue.text && displayLines(rebroken).length <= maxLines && displayLines(rebroken).every((l) => lineWidth(l) <= maxCpl)
      issues.push(
        makeIssue(this, cue.id, 'error', { width: widest, max: maxCpl }, `Line is ${widest} characters wide; the limit is ${maxCpl}.`, fits ? { kind: 'setText', cueId: cue.id, text: rebroken } : undefined)
      )
    }
    return issues
  }
}
