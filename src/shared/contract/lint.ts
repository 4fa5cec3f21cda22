import { z } from 'zod'
import { op } from './define'
import { Cue, LintSettings, LocaleTag, Project } from '../project/schema'
import type { LintIssue, ProjectLintResult } from '../lint'

/** The renderer lints locally as you type (the engine is pure); these ops serve main, the CLI and the bridge. */
export type LintSummary = { error: number; warning: number; info: number; depicted: number }

/** Scripts are a few KB; 5 MB is the bound the engine is tested against. */
const LintableText = z.string().max(5 * 1024 * 1024, 'text is larger than 5 MB; lint it in parts')

export const lintOps = {
  /** Every clip × locale × (script|subtitles) with its issues, the totals, and the export verdict. */
  'lint.project': op(z.object({ project: Project })).returns<{
    results: ProjectLintResult[]
    summary: LintSummary
    verdict: { block: boolean; reasons: string[] }
  }>(),
  'lint.text': op(z.object({ text: LintableText, locale: LocaleTag, settings: LintSettings.optional() })).returns<{
    issues: LintIssue[]
    summary: LintSummary
  }>(),
  'lint.cues': op(
    z.object({ cues: z.array(Cue).max(20_000), locale: LocaleTag, settings: LintSettings.optional() })
  ).returns<{ issues: LintIssue[]; summary: LintSummary }>()
}
export const lintEvents = {}
