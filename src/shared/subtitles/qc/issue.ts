import type { Cue } from '../../project/schema'
import { displayLines, lineWidth } from '../text-metrics'
import type { QcContext, QcFix, QcIssue, QcRule, QcSeverity } from './types'

export function makeIssue(
  rule: Pick<QcRule, 'id' | 'messageKey'>,
  cueId: string,
  severity: QcSeverity,
  params: Record<string, string | number>,
  message: string,
  fix?: QcFix
): QcIssue {
  const issue: QcIssue = { ruleId: rule.id, cueId, severity, messageKey: rule.messageKey, params, message }
  if (fix) issue.fix = fix
  return issue
}

/** Minimum gap between cues in ms for the clip's frame rate. */
export function gapMs(frames: number, fps: number): number {
  return Math.ceil((frames * 1000) / fps)
}

/** One decimal for messages ("18.4"). */
export function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10
}

/**
 * A re-break fix when it can work: the text's total width fits maxLines × maxCpl (counting the spaces
 * that become line breaks generously) and it has a space or CJK text to break at.
 */
export function rebreakFix(cue: Cue, ctx: QcContext): QcFix | undefined {
  const { maxCpl, maxLines } = ctx.limits
  const total = displayLines(cue.text).reduce((sum, l) => sum + lineWidth(l.trim()), 0)
  if (total > maxCpl * maxLines) return undefined
  if (!/[\s\u3040-\u30ff\u3400-\u9fff]/u.test(cue.text.trim())) return undefined
  return { kind: 'rebreakLines', cueId: cue.id, maxCpl, maxLines, locale: ctx.locale }
}
