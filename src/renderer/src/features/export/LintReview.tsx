import { useTranslation } from 'react-i18next'
import type { Project } from '../../../../shared/project/schema'
import { useStudio } from '../../store'

export interface ExportLintIssue {
  clipTitle: string
  locale: string
  severity: 'error' | 'warning' | 'info'
  message: string
}

/**
 * The kindness lint plugs in here (it lives in the lint feature / src/shared/lint): given the
 * project, the issues an export would ship with. Until a checker is registered there is nothing
 * to review and the export is not gated.
 */
type ExportLintCheck = (project: Project) => ExportLintIssue[]
let check: ExportLintCheck | null = null

export function registerExportLintCheck(fn: ExportLintCheck): void {
  check = fn
}

export interface LintGate {
  issues: ExportLintIssue[]
  policy: Project['lint']['policy']
  /** block-on-errors with at least one error: Start is disabled. */
  blocked: boolean
}

/** Pure policy decision, tested as a table: 'review' never blocks; 'block-on-errors' blocks on errors. */
export function lintGate(issues: ExportLintIssue[], policy: Project['lint']['policy']): LintGate {
  return { issues, policy, blocked: policy === 'block-on-errors' && issues.some((i) => i.severity === 'error') }
}

export function useLintGate(): LintGate {
  const project = useStudio((s) => s.project)
  const issues = project && check ? check(project) : []
  return lintGate(issues, project?.lint.policy ?? 'review')
}

export function LintReview({ gate }: { gate: LintGate }) {
  const { t } = useTranslation()
  if (!gate.issues.length) return null
  return (
    <section className={`banner ${gate.blocked ? 'banner-error' : 'banner-warning'}`} aria-labelledby="lint-review-title">
      <h3 id="lint-review-title">{t('export.lint.title', { count: gate.issues.length })}</h3>
      <p>{gate.blocked ? t('export.lint.blocked') : t('export.lint.review')}</p>
      <ul>
        {gate.issues.slice(0, 20).map((issue, i) => (
          <li key={i}>{t('export.lint.issue', { clip: issue.clipTitle, locale: issue.locale, message: issue.message })}</li>
        ))}
      </ul>
    </section>
  )
}
