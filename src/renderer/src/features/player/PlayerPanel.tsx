import { useTranslation } from 'react-i18next'
import { PlayerControls } from './PlayerControls'
import { usePreviewModel } from './preview-model'
import { Stage } from './Stage'
import './player.css'
import './actions'

/** The player that tells the truth: the export's fit, libass subtitles, the end card, the safe zone. */
export function PlayerPanel() {
  const { t } = useTranslation('editor')
  const model = usePreviewModel()
  if (!model)
    return (
      <section className="kf-player kf-empty" aria-label={t('player.title')}>
        {t('player.noClip')}
      </section>
    )
  const locales = [model.project.sourceLocale, ...model.project.targetLocales]
  return (
    <section className="kf-player" aria-label={t('player.title')}>
      <Stage model={model} />
      <PlayerControls totalMs={model.span.totalMs} locales={locales} />
    </section>
  )
}
