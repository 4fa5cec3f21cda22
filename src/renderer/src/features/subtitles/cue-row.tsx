import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import type { Cue } from '../../../../shared/project/schema'
import type { QcIssue } from '../../../../shared/subtitles/qc'
import { formatTimecode } from '../../../../shared/time'
import { segmentText } from '../script/segments'
import { rowDomId } from './virtual-list'

interface Props {
  cue: Cue
  index: number
  active: boolean
  qc: QcIssue[] | undefined
  lint: LintIssue[] | undefined
  onPick(id: string): void
}

/** One row of the cue list: number, timing, text with lint marks, QC badge. Memoized: typing in one cue re-renders one row. */
export const CueRow = memo(function CueRow({ cue, index, active, qc, lint, onPick }: Props) {
  const { t } = useTranslation('editor')
  const errors = qc?.filter((i) => i.severity === 'error').length ?? 0
  const warnings = (qc?.length ?? 0) - errors
  const segments = segmentText(cue.text, lint?.map((i) => i.range) ?? [])
  return (
    <div
      id={rowDomId(cue.id)}
      role="option"
      aria-selected={active}
      className="kf-cue-row"
      data-testid="cue-row"
      data-cue-id={cue.id}
      onClick={() => onPick(cue.id)}
    >
      <span className="kf-cue-n">{index + 1}</span>
      <span className="kf-cue-time">
        {formatTimecode(cue.startMs)} → {formatTimecode(cue.endMs)}
      </span>
      <span className="kf-cue-text">
        {cue.text === '' ? <em className="kf-muted">{t('subtitles.emptyText')}</em> : segments.map((s) => (s.issues.length ? <mark key={s.start} className="kf-hl-mark-inline">{s.text}</mark> : <span key={s.start}>{s.text}</span>))}
      </span>
      <span className="kf-cue-badges">
        {errors > 0 && <span className="kf-badge kf-badge-error">{t('subtitles.qcErrors', { n: errors })}</span>}
        {warnings > 0 && <span className="kf-badge kf-badge-warning">{t('subtitles.qcWarnings', { n: warnings })}</span>}
        {lint && lint.length > 0 && <span className="kf-badge kf-badge-lint">{t('subtitles.lintBadge', { n: lint.length })}</span>}
      </span>
    </div>
  )
})
