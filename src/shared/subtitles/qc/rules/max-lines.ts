import { autoLineBreak } from '../../edits/line-break'
import { displayLines, lineWidth } from '../../text-metrics'
import { makeIssue } from '../issue'
import type { QcRule } from '../types'

/** More lines than the profile allows. */
export const maxLinesRule: QcRule = {
  id: 'max-lines',
  messageKey: 'qc.maxLines',
  check(cues, ctx) {
    const { maxCpl, maxLines } = ctx.limits
    const issues = []
    for (const cue of cues) {
      const count = cue.text.split('\n').length
      if (count <= maxLines) continue
      const rebroken = autoLineBreak(cue.text, { maxCpl, maxLines, locale: ctx.locale })
      const lines = displayLines(rebroken)
      const fits = lines.length <= maxLines && lines.every((l) => lineWidth(l) <= maxCpl)
      issues.push(makeIssue(this, cue.id, 'error', { lines: count, max: maxLines }, `Cue has ${count} lines; the limit is ${maxLines}.`, fits ? { kind: 'setText', cueId: cue.id, text: rebroken } : undefined))
    }
    return issues
  }
}
