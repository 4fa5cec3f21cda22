import { isBlankCueText, readableLength } from '../../text-metrics'
import { gapMs, makeIssue, oneDecimal } from '../issue'
import type { QcRule } from '../types'

/**
 * Reading speed above the limit (characters per second, see readableLength). The fix lengthens the cue
 * when there is room before the next cue (keeping the minimum gap) and inside the clip.
 */
export const readingSpeedRule: QcRule = {
  id: 'reading-speed',
  messageKey: 'qc.readingSpeed',
  check(cues, ctx) {
    const { maxCps, minGapFrames } = ctx.limits
    const issues = []
    for (let i = 0; i < cues.length; i++) {
      const cue = cues[i]
      const chars = readableLength(cue.text)
      const duration = cue.endMs - cue.startMs
      if (chars === 0 || isBlankCueText(cue.text)) continue // the empty-cue rule reports it
      const cps = duration <= 0 ? Infinity : (chars * 1000) / duration
      if (cps <= maxCps) continue
      const neededEnd = cue.startMs + Math.ceil((chars * 1000) / maxCps)
      const next = cues[i + 1]
      const limit = Math.min(
        next ? next.startMs - gapMs(minGapFrames, ctx.fps) : Infinity,
        ctx.clipDurationMs ?? Infinity
      )
      const shown = Number.isFinite(cps) ? oneDecimal(cps) : 'infinite'
      issues.push(
        makeIssue(
          this,
          cue.id,
          'warning',
          { cps: shown, max: maxCps },
          neededEnd <= limit ? { kind: 'setTiming', cueId: cue.id, startMs: cue.startMs, endMs: neededEnd } : undefined
        )
      )
    }
    return issues
  }
}
