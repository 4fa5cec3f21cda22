import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { choiceAt, withPreset, type CaptionScope } from '../../../../shared/captions/edit-choice'
import { classicOptions } from '../../../../shared/captions/presets'
import { resolveCaption } from '../../../../shared/captions/resolve-style'
import { selectedClip, useStudio } from '../../store'
import { previewPreset } from '../endcard/resolve'
import { applyChoice } from './caption-commands'
import { CaptionGallery } from './CaptionGallery'
import { CaptionOptionsForm } from './CaptionOptionsForm'
import { SpeakerColorsField } from './SpeakerColorsField'
import { TimeWordsButton } from './TimeWordsButton'
import './captions.css'

/**
 * Caption style editor: a gallery of the presets (each previewed live in the player on the current
 * frame while focused or hovered), every option of the chosen one, for the whole project or this clip.
 * Every change is one undoable edit of the document; the player and the export draw it with libass.
 */
export function CaptionsPanel() {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  const [scope, setScope] = useState<CaptionScope>('project')
  const choice = project ? choiceAt(project, clip ?? undefined, scope) : null
  const options = useMemo(() => {
    if (!project || !choice) return null
    const height = previewPreset(project).height
    try {
      return resolveCaption(choice, project.style, height)?.options ?? classicOptions(project.style, height)
    } catch {
      return classicOptions(project.style, height)
    }
  }, [project, choice])
  if (!project || !clip || !choice || !options) return <p className="kf-empty">{t('common.noClip')}</p>
  return (
    <section className="kf-captions" aria-label={t('captions.title')}>
      <fieldset className="kf-row">
        <legend>{t('captions.scope')}</legend>
        <label>
          <input
            type="radio"
            name="kf-caption-scope"
            checked={scope === 'project'}
            onChange={() => setScope('project')}
          />{' '}
          {t('captions.scopeProject')}
        </label>
        <label>
          <input
            type="radio"
            name="kf-caption-scope"
            checked={scope === 'clip'}
            onChange={() => setScope('clip')}
            data-testid="caption-scope-clip"
          />{' '}
          {t('captions.scopeClip')}
        </label>
        {scope === 'clip' && clip.caption && (
          <button type="button" onClick={() => applyChoice('clip', clip.id, undefined)}>
            {t('captions.resetClip')}
          </button>
        )}
      </fieldset>
      <p className="kf-muted">{t('captions.previewHint')}</p>
      <CaptionGallery selected={choice.preset} onChoose={(name) => applyChoice(scope, clip.id, withPreset(name))} />
      <CaptionOptionsForm scope={scope} clipId={clip.id} choice={choice} options={options} />
      {choice.preset === 'speaker-colors' && (
        <SpeakerColorsField
          scope={scope}
          clipId={clip.id}
          choice={choice}
          options={options}
          speakers={clip.track.cues.map((c) => c.speaker)}
        />
      )}
      <TimeWordsButton clip={clip} locale={editLocale ?? project.sourceLocale} sourceLocale={project.sourceLocale} />
    </section>
  )
}
