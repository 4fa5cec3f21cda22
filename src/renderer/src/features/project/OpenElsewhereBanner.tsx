import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'
import { formatSince } from './format-since'
import { ltrIsolate } from './bidi'

/**
 * Non-blocking: the project opened fine, but another window, tab or computer has it open too.
 * Saving stays possible (the save-time check catches a real conflict); this only says why one
 * may come. A polite live region, not a modal: it must not stand between the user and the work.
 */
export function OpenElsewhereBanner() {
  const { t, i18n } = useTranslation()
  const elsewhere = useStudio((s) => s.openElsewhere)
  if (!elsewhere) return null
  const time = formatSince(elsewhere.openedAt, i18n.language)
  const text = elsewhere.sameHost
    ? t('project.elsewhere.window', { time })
    : elsewhere.hostname
      ? t('project.elsewhere.computer', { time, host: ltrIsolate(elsewhere.hostname) })
      : t('project.elsewhere.unknown', { time })
  return (
    <section
      className="banner banner-warning"
      role="status"
      aria-label={t('project.elsewhere.label')}
      data-testid="open-elsewhere"
    >
      <p>{text}</p>
      <div className="banner-actions">
        <button type="button" onClick={() => useStudio.getState().setOpenElsewhere(null)}>
          {t('common.dismiss')}
        </button>
      </div>
    </section>
  )
}
