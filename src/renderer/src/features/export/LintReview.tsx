import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'
import { useUi } from '../../app/ui-store'
import { exportLintGate, type LintGate } from './lint-gate'

const NO_GATE: LintGate = { issues: [], policy: 'review', blocked: false }

export function useLintGate(): LintGate {
  const project = useStudio((s) => s.project)
  // Linting every clip × locale is not free: only when the document changes.
  return useMemo(() => (project ? exportLintGate(project) : NO_GATE), [project])
}

/** Review list before export: non-blocking under 'review', blocking under 'block-on-errors'. */
export function LintReview({ gate }: { gate: LintGate }) {
  const { t } = useTranslation()
  if (!gate.issues.length) return null
  return (
    <section className={`banner ${gate.blocked ? 'banner-error' : 'banner-warning'}`} aria-labelledby="lint-review-title" data-testid="lint-review">
      <h3 id="lint-review-title">{t('export.lint.title', { count: gate.issues.length })}</h3>
      <p>{gate.blocked ? t('export.lint.blocked') : t('export.lint.review')}</p>
      <ul>
        {gate.issues.slice(0, 20).map((issue, i) => (
          <li key={i}>{t('export.lint.issue', { clip: issue.clipTitle, locale: issue.locale, message: issue.message })}</li>
        ))}
      </ul>
      <button type="button" onClick={() => useUi.getState().setInspectorTab('lint')}>
        {t('export.lint.open')}
      </button>
    </section>
  )
}
