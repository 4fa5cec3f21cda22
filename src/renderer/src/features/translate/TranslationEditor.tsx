import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import { isRtlLocale } from '../../../../shared/locales'
import type { Cue, TranslationStatus } from '../../../../shared/project/schema'
import { markTranslationDone, markTranslationDraft, setTranslation } from '../../../../shared/subtitles/translations'
import { applyQcFixToTrack, type QcIssue } from '../../../../shared/subtitles/qc'
import { HighlightTextarea } from '../script/HighlightTextarea'
import { QcIssueList } from '../subtitles/QcIssueList'
import { updateTrack } from '../subtitles/track-updates'
import { STATUS_KEYS } from './TranslateRow'

interface Props {
  clipId: string
  cue: Cue
  locale: string
  text: string
  status: TranslationStatus
  qc: QcIssue[]
  lint: LintIssue[]
}

/** Source beside the translation of one cue; typing keeps it a draft until marked done. */
export function TranslationEditor({ clipId, cue, locale, text, status, qc, lint }: Props) {
  const { t } = useTranslation('editor')
  const setText = (next: string) =>
    updateTrack(clipId, (track) => setTranslation(track, locale, cue.id, next, 'draft'), {
      undo: 'coalesce',
      key: `translation:${locale}:${cue.id}`
    })
  return (
    <div className="kf-tr-editor" role="group" aria-label={t('translate.editorLabel', { locale })}>
      <div className="kf-tr-source">
        <span className="kf-muted">{t('translate.source')}</span>
        <p data-testid="translate-source">{cue.text}</p>
      </div>
      <HighlightTextarea
        value={text}
        onChange={setText}
        issues={lint}
        label={t('translate.translationLabel', { locale })}
        dir={isRtlLocale(locale) ? 'rtl' : 'ltr'}
        rows={3}
        testId="translation-text"
      />
      <div className="kf-row">
        <span className={`kf-status kf-status-${status}`} data-testid="translation-status">
          {t(STATUS_KEYS[status])}
        </span>
        <button
          type="button"
          disabled={text.trim() === '' || status === 'done'}
          onClick={() => updateTrack(clipId, (track) => markTranslationDone(track, locale, cue.id))}
        >
          {t('translate.markDone')}
        </button>
        <button
          type="button"
          disabled={status !== 'done'}
          onClick={() => updateTrack(clipId, (track) => markTranslationDraft(track, locale, cue.id))}
        >
          {t('translate.markDraft')}
        </button>
      </div>
      <QcIssueList
        issues={qc}
        onFix={(issue) => issue.fix && updateTrack(clipId, (track) => applyQcFixToTrack(track, issue.fix!, locale))}
      />
    </div>
  )
}
