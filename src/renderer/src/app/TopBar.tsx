import { useTranslation } from 'react-i18next'
import { useStudio } from '../store'
import { LanguageMenu } from './LanguageMenu'
import { formatClock } from './format'
import { reportError } from './notify'
import { saveProject } from '../features/project/commands'

export function TopBar() {
  const { t, i18n } = useTranslation()
  const title = useStudio((s) => s.project?.series.title)
  const dirty = useStudio((s) => s.dirty)
  const hasProject = useStudio((s) => s.project !== null)
  const autosavedAt = useStudio((s) => s.autosavedAt)
  const theme = useStudio((s) => s.theme)
  const ui = useStudio.getState
  const save = async () => {
    try {
      if (!(await saveProject())) ui().openDialog('saveAs')
    } catch (err) {
      reportError(err)
    }
  }
  return (
    <header className="topbar">
      <div className="topbar-title">
        <span className="brand">{t('app.name')}</span>
        {title && (
          <h1 className="project-title">
            {title}
            {dirty && (
              <span className="dirty" title={t('topbar.unsaved')} aria-label={t('topbar.unsaved')}>
                •
              </span>
            )}
          </h1>
        )}
        {autosavedAt && (
          <span className="autosave" role="status" data-testid="autosave-status">
            {t('topbar.autosaved', { time: formatClock(autosavedAt, i18n.language) })}
          </span>
        )}
      </div>
      <nav className="topbar-actions" aria-label={t('topbar.projectMenu')}>
        <button type="button" onClick={() => ui().openDialog('new')}>
          {t('topbar.new')}
        </button>
        <button type="button" onClick={() => ui().openDialog('open')}>
          {t('topbar.open')}
        </button>
        <button type="button" disabled={!hasProject} onClick={save}>
          {t('topbar.save')}
        </button>
        <button type="button" disabled={!hasProject} onClick={() => ui().openDialog('saveAs')}>
          {t('topbar.saveAs')}
        </button>
        <LanguageMenu />
        <button type="button" onClick={() => ui().setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {theme === 'dark' ? t('topbar.lightTheme') : t('topbar.darkTheme')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('topbar.help')}
          title={t('topbar.help')}
          onClick={() => ui().openDialog('help')}
        >
          ?
        </button>
      </nav>
    </header>
  )
}
