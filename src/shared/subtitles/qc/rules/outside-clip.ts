import { makeIssue } from '../issue'
import type { QcRule } from '../types'

/** A cue starting after the clip ends (never shown: delete) or running past its end (trim). Needs the clip duration. */
export const outsideClipRule: QcRule = {
  id: 'outside-clip',
  messageKey: 'qc.outsideClip',
  check(cues, ctx) {
    const duration = ctx.clipDurationMs
    if (duration === undefined) return []
    const issues = []
    for (const cue of cues) {
      if (cue.startMs >= duration) {
        issues.push(
          makeIssue(
            this,
            cue.id,
            'error',
            { what: 'starts', atMs: cue.startMs, durationMs: duration },
            { kind: 'deleteCue', cueId: cue.id }
          )
        )
      } else if (cue.endMs > duration) {
        issues.push(
          makeIssue(
            this,
            cue.id,
            'error',
            { what: 'ends', atMs: cue.endMs, durationMs: duration },
            { kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: duration }
          )
        )
      }
    }
    return issues
  }
}
