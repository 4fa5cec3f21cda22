import type { Cue } from '../../project/schema'
import { displayLines, lineWidth } from '../text-metrics'
import { fillTemplate, QC_MESSAGES_EN } from './messages'
import type { QcContext, QcFix, QcIssue, QcRule, QcSeverity } from './types'

/** An issue of `rule`; its English `message` is the rule's template in messages.ts filled with `params` (written once). */
export function makeIssue(
  rule: Pick<QcRule, 'id' | 'messageKey'>,
  cueId: string,
  severity: QcSeverity,
  params: Record<string, string | number>,
  fix?: QcFix
): QcIssue {
  const template = QC_MESSAGES_EN[rule.messageKey]
  if (template === undefined)
    throw new Error(`QC rule ${rule.id}: no English message for "${rule.messageKey}" in qc/messages.ts`)
  const issue: QcIssue = {
    ruleId: rule.id,
    cueId,
    severity,
    messageKey: rule.messageKey,
    params,
    message: fillTemplate(template, params)
  }
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
