import { useTranslation } from 'react-i18next'
import { useStudio } from '../store'
import { recentProjectPath } from '../features/project/recent'
import { openProject } from '../features/project/commands'
import { reportError } from './notify'

/** Shown before any project is open. */
export function Welcome() {
  const { t } = useTranslation()
  const recent = recentProjectPath()
  return (
    <main className="welcome" id="main">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.body')}</p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => useStudio.getState().openDialog('new')}>
          {t('welcome.new')}
        </button>
        <button type="button" onClick={() => useStudio.getState().openDialog('open')}>
          {t('welcome.open')}
        </button>
      </div>
      {recent && (
        <p className="hint">
          {t('welcome.recent')}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('welcome.openRecent', { path: recent })}
            onClick={() => openProject(recent).catch(reportError)}
          >
            <span className="path" dir="ltr">
              {recent}
            </span>
          </button>
        </p>
      )}
    </main>
  )
}
