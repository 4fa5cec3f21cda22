import { useTranslation } from 'react-i18next'
import type { SubtitleTrack } from '../../../../shared/project/schema'
import { localeProgress } from '../../../../shared/subtitles/translations'

/** Per-locale progress bars (done and current / all cues), with the outdated and missing counts. */
export function LocaleProgressList({ track, locales }: { track: SubtitleTrack; locales: string[] }) {
  const { t } = useTranslation('editor')
  return (
    <ul className="kf-progress-list" aria-label={t('translate.progressLabel')}>
      {locales.map((l) => {
        const p = localeProgress(track, l)
        return (
          <li key={l} data-testid={`progress-${l}`}>
            <span>{t('translate.progress', { locale: l, percent: p.percentDone, done: p.done, total: p.total })}</span>
            <progress
              className="kf-progress"
              max={100}
              value={p.percentDone}
              aria-label={t('translate.progressOf', { locale: l })}
            />
            <span className="kf-muted">
              {t('translate.progressDetail', { missing: p.missing, outdated: p.outdated, draft: p.draft })}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
