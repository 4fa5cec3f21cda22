import type { Cue } from '../../project/schema'

export type QcSeverity = 'error' | 'warning' | 'info'

/**
 * A suggested edit, applied by applyQcFix (a separate pure step: rules never change cues).
 * 'rebreakLines' is a descriptor rather than the new text because computing the best line breaks for
 * every long cue of every QC pass would dominate QC time (see bench/subtitles.ts); applyQcFix (or a
 * preview calling it) runs autoLineBreak with exactly these limits. It is only offered when the text
 * can fit (total width ≤ maxCpl × maxLines and it has break opportunities).
 */
export type QcFix =
  | { kind: 'setTiming'; cueId: string; startMs: number; endMs: number }
  | { kind: 'setText'; cueId: string; text: string }
  | { kind: 'rebreakLines'; cueId: string; maxCpl: number; maxLines: number; locale: string }
  | { kind: 'deleteCue'; cueId: string }

export interface QcIssue {
  ruleId: string
  cueId: string
  severity: QcSeverity
  /** i18n key of the message, e.g. 'qc.maxCpl'; `params` fill its placeholders. */
  messageKey: string
  params: Record<string, string | number>
  /** The same message in English (CLI, logs, fallback). */
  message: string
  fix?: QcFix
}

export interface QcLimits {
  /** Max display width of a line (see text-metrics: CJK full-width counts 2). */
  maxCpl: number
  maxLines: number
  /** Max reading speed, characters per second. */
  maxCps: number
  minDurationMs: number
  maxDurationMs: number
  /** Min gap between consecutive cues, in frames of the clip. */
  minGapFrames: number
}

export interface QcProfile {
  id: string
  label: string
  limits: QcLimits
  /** Per language subtag (ja, zh, ko, …) overrides. */
  locales: Record<string, Partial<QcLimits>>
}

export interface QcContext {
  limits: QcLimits
  locale: string
  fps: number
  clipDurationMs?: number
  /** Where the end card (with its transition) starts covering the clip. */
  endCardStartMs?: number
}

/** One rule per file in rules/. Cues arrive sorted by start time. */
export interface QcRule {
  id: string
  messageKey: string
  check(cues: readonly Cue[], ctx: QcContext): QcIssue[]
}
