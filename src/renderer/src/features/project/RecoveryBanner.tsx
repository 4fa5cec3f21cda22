import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'
import { reportError } from '../../app/notify'
import { discardRecovery, recoverProject } from './commands'
import { formatClock } from '../../app/format'
import { useRecoveryOffer } from './recovery-offer'

/** Offered after opening a project whose recovery file is newer than the saved file, or on start for unsaved work. */
export function RecoveryBanner() {
  const { t } = useTranslation()
  const recovery = useStudio((s) => s.recovery)
  const count = useRecoveryOffer((s) => s.count)
  if (!recovery) return null
  return (
    <section
      className="banner banner-warning"
      role="alertdialog"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-body"
    >
      <h2 id="recovery-title">{t('project.recovery.title')}</h2>
      <p id="recovery-body">
        {recovery.path === null
          ? t('project.recovery.bodyUnsaved', { time: formatClock(recovery.savedAt) })
          : t('project.recovery.body', { time: formatClock(recovery.savedAt) })}
        {count > 1 && ` ${t('project.recovery.several', { count })}`}
      </p>
      <div className="banner-actions">
        <button type="button" className="primary" onClick={() => recoverProject().catch(reportError)}>
          {t('project.recovery.recover')}
        </button>
        <button type="button" onClick={() => discardRecovery().catch(reportError)}>
          {t('project.recovery.discard')}
        </button>
      </div>
    </section>
  )
}
