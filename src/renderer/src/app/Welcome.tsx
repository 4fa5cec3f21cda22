import { useTranslation } from 'react-i18next'
import { useUi } from './ui-store'
import { recentProjectPath } from '../features/project/recent'

/** Shown before any project is open. */
export function Welcome() {
  const { t } = useTranslation()
  const recent = recentProjectPath()
  return (
    <main className="welcome" id="main">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.body')}</p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => useUi.getState().openDialog('new')}>
          {t('welcome.new')}
        </button>
        <button type="button" onClick={() => useUi.getState().openDialog('open')}>
          {t('welcome.open')}
        </button>
      </div>
      {recent && (
        <p className="hint">
          {t('welcome.recent')}{' '}
          <span className="path" dir="ltr">
            {recent}
          </span>
        </p>
      )}
    </main>
  )
}
