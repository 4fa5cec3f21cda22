/**
 * Kindness lint: pure and environment-neutral (no node:*), so the renderer lints as you type and
 * main, the CLI and the export manifest share the same engine. See docs/lint.md.
 */
export type {
  LintIssue,
  LintOptions,
  LintCategory,
  LintContextFlag,
  LintRange,
  LintCueInput,
  LintSettings,
  Severity
} from './types'
export { LINT_CATEGORIES } from './types'
export { lintText, lintCues, createIncrementalLinter, MAX_ISSUES } from './text'
export { lintProject, summarize, exportPolicyVerdict, type ProjectLintResult } from './project'
export { loadAllPacks, resolvePackLocale } from './compile'
export { parseDataFile, RuleFile, LocaleFile } from './rules/schema'
export { formatText, formatSarif, type ReportUnit } from './report'
