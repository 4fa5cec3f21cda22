import type { Cue } from '../../project/schema'
import { limitsFor } from './profiles'
import { QC_RULES } from './rules'
import type { QcContext, QcIssue, QcLimits, QcProfile } from './types'

export interface QcOptions {
  /** Profile id ('netflix' | 'bbc' | 'social') or a custom profile; the project's `qc.profile`. */
  profile: string | QcProfile
  /** Locale of the text being checked (source or target), for per-locale limits and line-break rules. */
  locale?: string
  /** Clip frame rate from its probe; 30 when unknown. */
  fps?: number
  clipDurationMs?: number
  endCardStartMs?: number
  /** Only these rule ids (default: all). */
  rules?: readonly string[]
  /** Per-limit overrides on top of the profile. */
  limits?: Partial<QcLimits>
}

/**
 * Runs the QC rules over cues (any order; checked in time order) and returns the issues sorted by cue
 * time, then rule order. Pure; linear in the number of cues for every rule.
 */
export function runQc(cues: readonly Cue[], options: QcOptions): QcIssue[] {
  const ctx: QcContext = {
    limits: { ...limitsFor(options.profile, options.locale), ...(options.limits ?? {}) },
    locale: options.locale ?? 'en',
    fps: options.fps && options.fps > 0 ? options.fps : 30,
    clipDurationMs: options.clipDurationMs,
    endCardStartMs: options.endCardStartMs
  }
  const sorted = isSorted(cues) ? cues : [...cues].sort((a, b) => a.startMs - b.startMs)
  // Cue id → position (a later duplicate id wins, as with new Map(entries)); built without an entry array per cue.
  const order = new Map<string, number>()
  for (let i = 0; i < sorted.length; i++) order.set(sorted[i].id, i)
  const rules = options.rules ? QC_RULES.filter((r) => options.rules?.includes(r.id)) : QC_RULES
  const issues: { issue: QcIssue; rule: number }[] = []
  rules.forEach((rule, r) => {
    for (const issue of rule.check(sorted, ctx)) issues.push({ issue, rule: r })
  })
  issues.sort((a, b) => (order.get(a.issue.cueId) ?? 0) - (order.get(b.issue.cueId) ?? 0) || a.rule - b.rule)
  return issues.map((x) => x.issue)
}

function isSorted(cues: readonly Cue[]): boolean {
  for (let i = 1; i < cues.length; i++) if (cues[i].startMs < cues[i - 1].startMs) return false
  return true
}

/** Counts by severity, for summaries and CLI exit codes. */
export function countBySeverity(issues: readonly QcIssue[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const i of issues) counts[i.severity]++
  return counts
}
