import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaptionScope } from '../../../../shared/captions/edit-choice'
import { speakerColorMap, withSpeakerColor } from '../../../../shared/captions/speaker-colors'
import type { CaptionChoice, CaptionOptions } from '../../../../shared/captions/style-schema'
import { setOption } from './caption-commands'

interface Props {
  scope: CaptionScope
  clipId: string
  choice: CaptionChoice
  options: CaptionOptions
  /** The speakers of the clip's cues, in order (duplicates and blanks allowed). */
  speakers: readonly (string | undefined)[]
}

const HEX = /^#[0-9a-fA-F]{6}$/

/**
 * One colour per speaker (Speaker colours style), stored in the style's `speakerColors` at the chosen
 * scope and drawn by the export. Each speaker has the native colour picker and a colour-code field (the
 * picker's dialog is awkward from the keyboard; the field is plain typing), and speakers that were
 * given a colour can go back to the palette's. Shows the colours the export will use.
 */
export function SpeakerColorsField({ scope, clipId, choice, options, speakers }: Props) {
  const { t } = useTranslation('editor')
  const [message, setMessage] = useState('')
  const colors = speakerColorMap(speakers, options.speakerColors, options.speakerPalette)
  const set = (name: string, color: string | undefined) => {
    const refused = setOption(
      scope,
      clipId,
      choice,
      'speakerColors',
      withSpeakerColor(options.speakerColors, name, color)
    )
    setMessage(refused ? t('captions.invalid', { field: name, reason: refused }) : '')
  }
  if (!colors.size)
    return (
      <p className="kf-muted" data-testid="speaker-colors-none">
        {t('captions.speakers.none')}
      </p>
    )
  return (
    <fieldset className="kf-caption-options" data-testid="speaker-colors">
      <legend>{t('captions.speakers.title')}</legend>
      {[...colors].map(([name, color], i) => (
        <div key={name} className="kf-row">
          <span id={`kf-speaker-${i}`}>{name}</span>
          <input
            type="color"
            value={color.toLowerCase()}
            aria-label={t('captions.speakers.colorFor', { name })}
            onChange={(e) => set(name, e.target.value)}
            data-testid={`speaker-color-${i}`}
          />
          <input
            type="text"
            size={8}
            defaultValue={color}
            key={color}
            aria-label={t('captions.speakers.codeFor', { name })}
            data-testid={`speaker-code-${i}`}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              const v = e.currentTarget.value.trim()
              if (HEX.test(v)) set(name, v)
              else setMessage(t('captions.speakers.badCode', { value: v }))
            }}
            onBlur={(e) => {
              const v = e.currentTarget.value.trim()
              if (HEX.test(v) && v.toUpperCase() !== color.toUpperCase()) set(name, v)
            }}
          />
          {options.speakerColors[name] !== undefined && (
            <button type="button" onClick={() => set(name, undefined)} data-testid={`speaker-reset-${i}`}>
              {t('captions.speakers.reset')}
            </button>
          )}
        </div>
      ))}
      <p role="status" className="kf-error" data-testid="speaker-colors-status">
        {message}
      </p>
    </fieldset>
  )
}
