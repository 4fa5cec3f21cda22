import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutputPreflight, PreflightProblem } from '../../../../shared/preflight'
import type { Project } from '../../../../shared/project/schema'
import { keyTable, type CommonKey } from '../../i18n/keys'
import { jumpTo } from './jump'
import { problemText, targetLabel } from './problem-text'

const VERDICT_KEYS = keyTable<CommonKey>()({
  ready: 'review.verdict.ready',
  incomplete: 'review.verdict.incomplete',
  blocked: 'review.verdict.blocked'
})
const SEVERITY_KEYS = keyTable<CommonKey>()({
  error: 'review.severity.error',
  warning: 'review.severity.warning',
  reconsider: 'review.severity.reconsider',
  info: 'review.severity.info'
})
/** A long list (a track with many untranslated cues) shows this many first; "Show n more" lists the rest. */
const FIRST_SHOWN = 12

/** One clip × locale: verdict, where it is saved, and every problem with a link to where it is fixed. */
export function ReviewOutput({
  output,
  project,
  onAcceptMedia
}: {
  output: OutputPreflight
  project: Project
  onAcceptMedia(clipId: string): void
}) {
  const { t } = useTranslation(['common', 'editor'])
  const [showAll, setShowAll] = useState(false)
  // Kindness findings are in the reconsider section; one that the lint policy makes blocking is listed here too.
  const problems = output.problems.filter((p) => p.severity !== 'info' && p.severity !== 'reconsider')
  const cueNumber = (clipId: string, cueId: string) =>
    (project.clips.find((c) => c.id === clipId)?.track.cues.findIndex((q) => q.id === cueId) ?? -1) + 1
  const headingId = `review-${output.clipId}-${output.locale}`
  return (
    <li
      className={`review-output review-${output.verdict}`}
      data-testid="review-output"
      data-verdict={output.verdict}
      data-clip={output.clipId}
      data-locale={output.locale}
      aria-labelledby={headingId}
    >
      <div className="review-output-head">
        <h4 id={headingId}>
          {t('review.outputTitle', { clip: output.clipTitle || output.clipId, locale: output.locale })}
        </h4>
        <span className={`review-badge review-badge-${output.verdict}`}>{t(VERDICT_KEYS[output.verdict])}</span>
      </div>
      {output.verdict !== 'blocked' && (
        <p className="hint path" dir="ltr">
          {output.verdict === 'incomplete'
            ? t('review.savedIncomplete', { file: output.incompleteRel })
            : t('review.savedAs', { file: output.rel })}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="review-problems">
          {(showAll ? problems : problems.slice(0, FIRST_SHOWN)).map((p, i) => (
            <ProblemRow
              key={`${p.code}-${i}`}
              problem={p}
              text={problemText(t, p)}
              label={p.target ? targetLabel(t, p.target, cueNumber) : null}
              onAcceptMedia={onAcceptMedia}
            />
          ))}
          {!showAll && problems.length > FIRST_SHOWN && (
            <li>
              <button type="button" className="kf-link" onClick={() => setShowAll(true)}>
                {t('review.more', { n: problems.length - FIRST_SHOWN })}
              </button>
            </li>
          )}
        </ul>
      )}
    </li>
  )
}

function ProblemRow({
  problem,
  text,
  label,
  onAcceptMedia
}: {
  problem: PreflightProblem
  text: string
  label: string | null
  onAcceptMedia(clipId: string): void
}) {
  const { t } = useTranslation(['common', 'editor'])
  return (
    <li
      className={`review-problem review-${problem.severity}`}
      data-code={problem.code}
      data-severity={problem.severity}
    >
      <span className={`review-badge review-badge-${problem.severity}`}>{t(SEVERITY_KEYS[problem.severity])}</span>{' '}
      <span>{text}</span>
      {label && problem.target && (
        <button type="button" className="kf-link" onClick={() => jumpTo(problem.target!)}>
          {label}
        </button>
      )}
      {(problem.code === 'media-changed' || problem.code === 'media-unrecorded') && (
        <button type="button" onClick={() => onAcceptMedia(problem.clipId)}>
          {t('review.acceptMedia')}
        </button>
      )}
    </li>
  )
}
