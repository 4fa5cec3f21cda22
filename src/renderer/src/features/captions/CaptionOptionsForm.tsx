import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaptionScope } from '../../../../shared/captions/edit-choice'
import type { CaptionChoice, CaptionOptions, CaptionOverrides } from '../../../../shared/captions/style-schema'
import { setOption } from './caption-commands'
import { OPTION_FIELDS, type OptionField } from './option-fields'

interface Props {
  scope: CaptionScope
  clipId: string
  choice: CaptionChoice
  /** The options in effect (preset + overrides), to show each field's value. */
  options: CaptionOptions
}

/** Every option of the style; a refused value (out of range) is announced and nothing changes. */
export function CaptionOptionsForm({ scope, clipId, choice, options }: Props) {
  const { t } = useTranslation('editor')
  const [error, setError] = useState<string | null>(null)
  const set = (field: OptionField, value: unknown) => {
    const refused = setOption(scope, clipId, choice, field.key as keyof CaptionOverrides, value as never)
    setError(refused ? t('captions.invalid', { field: t(field.label), reason: refused }) : null)
  }
  const fields = OPTION_FIELDS.filter((f) => !f.only || f.only === choice.preset)
  return (
    <fieldset className="kf-caption-options">
      <legend>{t('captions.optionsTitle')}</legend>
      {fields.map((f) => {
        const value = options[f.key]
        const id = `kf-caption-${f.key}`
        if (f.kind === 'bool') {
          return (
            <label key={f.key} className="kf-row">
              <input id={id} type="checkbox" checked={value === true} onChange={(e) => set(f, e.target.checked)} />{' '}
              {t(f.label)}
            </label>
          )
        }
        return (
          <label key={f.key} className="kf-field" htmlFor={id}>
            {t(f.label)}
            {f.kind === 'select' ? (
              <select
                id={id}
                value={String(value)}
                onChange={(e) => set(f, typeof f.choices[0] === 'number' ? Number(e.target.value) : e.target.value)}
              >
                {f.choices.map((c) => (
                  <option key={String(c)} value={String(c)}>
                    {f.choiceLabel ? t(f.choiceLabel(c)) : String(c)}
                  </option>
                ))}
              </select>
            ) : f.kind === 'number' ? (
              <input
                id={id}
                type="number"
                min={f.min}
                max={f.max}
                step={f.step}
                value={Number(value)}
                onChange={(e) => e.target.value !== '' && set(f, Number(e.target.value))}
              />
            ) : f.kind === 'color' ? (
              <input
                id={id}
                type="color"
                value={String(value).toLowerCase()}
                onChange={(e) => set(f, e.target.value.toUpperCase())}
              />
            ) : (
              <input
                id={id}
                type="text"
                value={String(value)}
                list="kf-caption-fonts"
                onChange={(e) => e.target.value.trim() && set(f, e.target.value)}
              />
            )}
          </label>
        )
      })}
      <datalist id="kf-caption-fonts">
        <option value="Noto Sans" />
      </datalist>
      <p role="alert" className="kf-error" data-testid="caption-option-error">
        {error}
      </p>
    </fieldset>
  )
}
