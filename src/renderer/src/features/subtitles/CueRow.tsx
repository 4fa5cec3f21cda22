import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import type { Cue } from '../../../../shared/project/schema'
import type { QcIssue } from '../../../../shared/subtitles/qc'
import { formatTimecode } from '../../../../shared/time'
import { ANCHOR_LABELS } from './FormatBar'
import { richRuns, runStyle } from './rich-runs'
import { rowDomId } from './VirtualList'

interface Props {
  cue: Cue
  index: number
  active: boolean
  qc: QcIssue[] | undefined
  lint: LintIssue[] | undefined
  onPick(id: string): void
}

/** One row of the cue list: number, timing, formatted text with lint marks, position and QC badges. Memoized: typing in one cue re-renders one row. */
export const CueRow = memo(function CueRow({ cue, index, active, qc, lint, onPick }: Props) {
  const { t } = useTranslation('editor')
  const errors = qc?.filter((i) => i.severity === 'error').length ?? 0
  const warnings = (qc?.length ?? 0) - errors
  const runs = richRuns(cue.text, cue.marks, lint?.map((i) => i.range) ?? [])
  const placed = cue.place ? ANCHOR_LABELS.find((a) => a.an === cue.place!.an) : undefined
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
        {cue.text === '' ? (
          <em className="kf-muted">{t('subtitles.emptyText')}</em>
        ) : (
          runs.map((r) =>
            r.flagged ? (
              <mark key={r.start} className="kf-hl-mark-inline" style={runStyle(r)}>
                {r.text}
              </mark>
            ) : (
              <span key={r.start} style={runStyle(r)}>
                {r.text}
              </span>
            )
          )
        )}
      </span>
      <span className="kf-cue-badges">
        {placed && (
          <span className="kf-badge kf-badge-place" data-testid="cue-place">
            {t('subtitles.format.placedBadge', { position: t(placed.label) })}
          </span>
        )}
        {errors > 0 && <span className="kf-badge kf-badge-error">{t('subtitles.qcErrors', { n: errors })}</span>}
        {warnings > 0 && (
          <span className="kf-badge kf-badge-warning">{t('subtitles.qcWarnings', { n: warnings })}</span>
        )}
        {lint && lint.length > 0 && (
          <span className="kf-badge kf-badge-lint">{t('subtitles.lintBadge', { n: lint.length })}</span>
        )}
      </span>
    </div>
  )
})
