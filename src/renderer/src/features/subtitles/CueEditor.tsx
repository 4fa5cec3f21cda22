import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import { isRtlLocale } from '../../../../shared/locales'
import type { Cue } from '../../../../shared/project/schema'
import { applyQcFixToTrack, type QcIssue } from '../../../../shared/subtitles/qc'
import { HighlightTextarea } from '../script/HighlightTextarea'
import { FormatBar } from './FormatBar'
import { QcIssueList } from './QcIssueList'
import { TimingField } from './TimingField'
import { setCueText, setCueTiming, updateTrack } from './track-updates'

interface Props {
  clipId: string
  cue: Cue
  locale: string
  qc: QcIssue[]
  lint: LintIssue[]
}

/** Text, formatting, position and timing of the selected source cue, its lint marks and its QC findings with one-click fixes. */
export function CueEditor({ clipId, cue, locale, qc, lint }: Props) {
  const { t } = useTranslation('editor')
  return (
    <div className="kf-cue-editor" role="group" aria-label={t('subtitles.editorLabel')}>
      <HighlightTextarea
        value={cue.text}
        onChange={(text) => setCueText(clipId, cue.id, text)}
        issues={lint}
        label={t('subtitles.cueText')}
        dir={isRtlLocale(locale) ? 'rtl' : 'ltr'}
        rows={3}
        testId="cue-text"
      />
      <FormatBar cue={cue} />
      <div className="kf-row">
        <TimingField
          label={t('subtitles.start')}
          ms={cue.startMs}
          onCommit={(ms) => setCueTiming(clipId, cue.id, { startMs: ms, endMs: Math.max(ms + 1, cue.endMs) })}
          testId="cue-start"
        />
        <TimingField
          label={t('subtitles.end')}
          ms={cue.endMs}
          onCommit={(ms) => setCueTiming(clipId, cue.id, { startMs: Math.min(cue.startMs, ms - 1), endMs: ms })}
          testId="cue-end"
        />
      </div>
      <QcIssueList
        issues={qc}
        onFix={(issue) => issue.fix && updateTrack(clipId, (track) => applyQcFixToTrack(track, issue.fix!, undefined))}
      />
    </div>
  )
}
