import type { QcFix, QcIssue, QcRule, QcSeverity } from './types'

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
