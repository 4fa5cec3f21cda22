import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import { replacementOf } from './segments'

/**
 * One-click fixes of a finding: up to three of its suggestions. The visible text is the rule's
 * suggestion; the accessible name says exactly what replaces what ('Replace “loser” with “…”').
 */
export function SuggestionButtons({
  issue,
  onReplace
}: {
  issue: LintIssue
  onReplace(issue: LintIssue, suggestion: string): void
}) {
  const { t } = useTranslation('editor')
  return issue.suggestions.slice(0, 3).map((s) => (
    <button
      key={s}
      type="button"
      className="kf-suggestion"
      onClick={() => onReplace(issue, s)}
      aria-label={t('lint.replaceWith', { from: issue.actual, to: replacementOf(s) })}
    >
      {s}
    </button>
  ))
}
