import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useStudio } from '../store'
import { useKeyboardDispatcher } from '../actions/dispatcher'
import '../actions/builtin'
import { useAutosave } from '../features/project/use-autosave'
import { useStartupRecovery } from '../features/project/use-startup-recovery'
import { RecoveryPrompt } from '../features/project/RecoveryPrompt'
import { useExportEvents } from '../features/export/use-export-events'
import { ClipBin } from '../features/clips/ClipBin'
import { PlayerPanel } from '../features/player/PlayerPanel'
import { TimelinePanel } from '../features/timeline/TimelinePanel'
import { TopBar } from './TopBar'
import { Inspector } from './Inspector'
import { Welcome } from './Welcome'
import { Dialogs } from './Dialogs'
import { Toasts } from './Toasts'
import { setReady } from './harness'

/** The frame: top bar, bin | player + timeline | inspector. Features own what is inside. */
export function App() {
  const { t } = useTranslation()
  const hasProject = useStudio((s) => s.project !== null)
  const title = useStudio((s) => s.project?.series.title)
  const dirty = useStudio((s) => s.dirty)
  const theme = useStudio((s) => s.theme)
  useKeyboardDispatcher()
  useAutosave()
  useStartupRecovery()
  useExportEvents()
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  useEffect(() => setReady(true), [])
  useEffect(() => {
    document.title = title ? t('app.windowTitle', { title: dirty ? `• ${title}` : title }) : t('app.name')
  }, [title, dirty, t])
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <TopBar />
      <RecoveryPrompt />
      {hasProject ? (
        <div className="workspace">
          <ClipBin />
          <main className="stage" id="main" aria-label={t('stage.label')}>
            <section className="player-area" aria-label={t('stage.player')}>
              <PlayerPanel />
            </section>
            <section className="timeline-area" aria-label={t('stage.timeline')}>
              <TimelinePanel />
            </section>
          </main>
          <Inspector />
        </div>
      ) : (
        <Welcome />
      )}
      <Dialogs />
      <Toasts />
    </div>
  )
}
