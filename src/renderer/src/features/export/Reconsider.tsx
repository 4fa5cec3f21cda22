import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import type { PreflightProblem } from '../../../../shared/preflight'
import type { Project } from '../../../../shared/project/schema'
import { isRtlLocale } from '../../../../shared/locales'
import { useStudio } from '../../store'
import { SuggestionButtons } from '../script/SuggestionButtons'
import { applyKinder } from './apply-kinder'
import { jumpTo } from './jump'
import { targetLabel } from './problem-text'

/**
 * The "reconsider" moment: kindness findings of what would be published, each line with the hurtful
 * words marked, why they hurt, and kinder wording that replaces them in place (undoable). Never a
 * block: the export buttons stay where they are.
 */
export function Reconsider({ problems, project }: { problems: PreflightProblem[]; project: Project }) {
  const { t } = useTranslation(['common', 'editor'])
  if (problems.length === 0) return null
  const cueNumber = (clipId: string, cueId: string) =>
    (project.clips.find((c) => c.id === clipId)?.track.cues.findIndex((q) => q.id === cueId) ?? -1) + 1
  const replace = (p: PreflightProblem) => (_issue: LintIssue, suggestion: string) =>
    useStudio.getState().updateProject((doc) => applyKinder(doc, p, suggestion))
  return (
    <section className="review-reconsider" aria-labelledby="review-reconsider-title" data-testid="review-reconsider">
      <h3 id="review-reconsider-title">{t('review.reconsider.title')}</h3>
      <p>
        {problems.some((p) => p.blocks === 'policy') ? t('review.reconsider.blocked') : t('review.reconsider.intro')}
      </p>
      <ul>
        {problems.map((p, i) => {
          const issue = p.lint!.issue
          const clip = project.clips.find((c) => c.id === p.clipId)
          const line = lineOf(project, p)
          return (
            <li
              key={`${p.clipId}-${p.locale}-${issue.ruleId}-${issue.range.cueId ?? ''}-${issue.range.start}-${i}`}
              data-testid="reconsider-item"
            >
              <p className="hint">
                {t('review.reconsider.where', { clip: clip?.title || p.clipId, locale: p.locale })}
              </p>
              <blockquote lang={p.locale} dir={isRtlLocale(p.locale) ? 'rtl' : 'ltr'}>
                {line.before}
                <mark>{line.marked}</mark>
                {line.after}
              </blockquote>
              <p>{issue.message}</p>
              <details>
                <summary>{t('review.reconsider.why')}</summary>
                {issue.explanation}
              </details>
              <div className="review-actions-row">
                <SuggestionButtons issue={issue} onReplace={replace(p)} />
                {p.target && (
                  <button type="button" className="kf-link" onClick={() => jumpTo(p.target!)}>
                    {targetLabel(t, p.target, cueNumber)}
                  </button>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** The text the finding is in, cut around the flagged words. */
function lineOf(project: Project, p: PreflightProblem): { before: string; marked: string; after: string } {
  const { issue, kind } = p.lint!
  const clip = project.clips.find((c) => c.id === p.clipId)
  let text: string
  let start = issue.range.start
  if (kind === 'script') {
    text = (clip?.script[p.locale] ?? '').split('\n')[issue.range.line - 1] ?? issue.actual
    start = issue.range.column - 1
  } else if (kind === 'endcard') {
    text = clip?.endCard?.message?.[p.locale] ?? project.endCard.message[p.locale] ?? issue.actual
  } else {
    const cue = clip?.track.cues.find((q) => q.id === issue.range.cueId)
    text =
      (p.locale === project.sourceLocale ? cue?.text : clip?.track.translations[p.locale]?.[cue?.id ?? '']?.text) ??
      issue.actual
  }
  const end = start + issue.actual.length
  if (text.slice(start, end) !== issue.actual) return { before: '', marked: issue.actual, after: '' }
  return { before: text.slice(0, start), marked: issue.actual, after: text.slice(end) }
}
