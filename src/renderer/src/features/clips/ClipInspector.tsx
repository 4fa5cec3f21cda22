import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { FitMode, type Clip } from '../../../../shared/project/schema'
import { selectedClip, useStudio } from '../../store'
import { PathField } from '../../app/ui/PathField'
import { removeSelectedClip } from './clip-commands'
import type { CommonKey } from '../../i18n/keys'

const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov']

const FIT_LABEL_KEYS: Record<FitMode, CommonKey> = {
  blur: 'clips.fit.blur',
  pad: 'clips.fit.pad',
  crop: 'clips.fit.crop'
}

/** The Clip tab: title, creator (for the end card), fit mode, media path and relink. */
export function ClipInspector() {
  const { t } = useTranslation()
  const clip = useStudio(selectedClip)
  const ids = { title: useId(), name: useId(), handle: useId(), fit: useId(), media: useId() }
  if (!clip) return <p className="hint">{t('clips.noneSelected')}</p>
  // Typing coalesces into one undo step per field (the key), like a text editor.
  const edit = (field: string, recipe: (c: Clip) => Clip) =>
    useStudio
      .getState()
      .updateProject((p) => ({ ...p, clips: p.clips.map((c) => (c.id === clip.id ? recipe(c) : c)) }), {
        undo: 'coalesce',
        key: `clip-${field}:${clip.id}`
      })
  return (
    <div className="inspector-form">
      <div className="field">
        <label htmlFor={ids.title}>{t('clips.inspector.title')}</label>
        <input
          id={ids.title}
          type="text"
          value={clip.title}
          onChange={(e) => edit('title', (c) => ({ ...c, title: e.target.value }))}
        />
      </div>
      <fieldset>
        <legend>{t('clips.inspector.creator')}</legend>
        <div className="field">
          <label htmlFor={ids.name}>{t('clips.inspector.creatorName')}</label>
          <input
            id={ids.name}
            type="text"
            value={clip.creator.name}
            onChange={(e) => edit('creator-name', (c) => ({ ...c, creator: { ...c.creator, name: e.target.value } }))}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.handle}>{t('clips.inspector.creatorHandle')}</label>
          <input
            id={ids.handle}
            type="text"
            dir="ltr"
            value={clip.creator.handle}
            onChange={(e) =>
              edit('creator-handle', (c) => ({ ...c, creator: { ...c.creator, handle: e.target.value } }))
            }
          />
        </div>
        <PathField
          label={t('clips.inspector.creatorPhoto')}
          mode="open"
          filters={[{ name: t('fileTypes.photo'), extensions: PHOTO_EXTENSIONS }]}
          value={clip.creator.photo ?? ''}
          onChange={(value) =>
            edit('creator-photo', (c) => ({ ...c, creator: { ...c.creator, photo: value || undefined } }))
          }
        />
      </fieldset>
      <div className="field">
        <label htmlFor={ids.fit}>{t('clips.inspector.fit')}</label>
        <select
          id={ids.fit}
          value={clip.fit}
          onChange={(e) => edit('fit', (c) => ({ ...c, fit: FitMode.parse(e.target.value) }))}
        >
          {FitMode.options.map((mode) => (
            <option key={mode} value={mode}>
              {t(FIT_LABEL_KEYS[mode])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.media}>{t('clips.inspector.media')}</label>
        <input id={ids.media} type="text" dir="ltr" readOnly value={clip.media} />
      </div>
      <button type="button" onClick={removeSelectedClip}>
        {t('clips.inspector.remove')}
      </button>
      {clip.probe && (
        <p className="hint" dir="ltr">
          {t('clips.inspector.probeSummary', {
            width: clip.probe.width,
            height: clip.probe.height,
            fps: clip.probe.fps.toFixed(2)
          })}
        </p>
      )}
    </div>
  )
}
