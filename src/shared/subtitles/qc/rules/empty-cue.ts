import { isBlankCueText } from '../../text-metrics'
import { makeIssue } from '../issue'
import type { QcRule } from '../types'

/** A cue with nothing visible (only spaces, tags or zero-width characters). The fix deletes it. */
export const emptyCueRule: QcRule = {
  id: 'empty-cue',
  messageKey: 'qc.emptyCue',
  check(cues) {
    const issues = []
    for (const cue of cues) {
      if (!isBlankCueText(cue.text)) continue
      issues.push(makeIssue(this, cue.id, 'error', {}, { kind: 'deleteCue', cueId: cue.id }))
    }
    return issues
  }
}
