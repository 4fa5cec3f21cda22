import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { reportError } from '../../app/notify'
import { useStudio } from '../../store'
import { reloadFromDisk } from './conflict-commands'
import { ltrIsolate } from './bidi'

/**
 * Seen when the window regains focus: someone else saved the file. Nothing is decided for the
 * user: their edits stay, a save will ask (the conflict dialog), or they reload now (their edits
 * go to the recovery file first).
 */
export function ChangedOnDiskBanner() {
  const { t } = useTranslation()
  const changed = useStudio((s) => s.changedOnDisk)
  const path = useStudio((s) => s.projectPath)
  const [busy, setBusy] = useState(false)
  if (!changed || !path) return null
  const reload = async () => {
    setBusy(true)
    try {
      await reloadFromDisk(path)
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section
      className="banner banner-warning"
      role="status"
      aria-label={t('project.changedOnDisk.label')}
      data-testid="changed-on-disk"
    >
      <p>{t('project.changedOnDisk.body', { path: ltrIsolate(path) })}</p>
      <div className="banner-actions">
        <button type="button" onClick={reload} disabled={busy}>
          {t('project.conflict.reload')}
        </button>
        <button type="button" onClick={() => useStudio.getState().setChangedOnDisk(false)}>
          {t('common.dismiss')}
        </button>
      </div>
    </section>
  )
}
