import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { platform } from '../client'
import { reportError } from '../notify'

interface Props {
  label: string
  value: string
  onChange(value: string): void
  /** 'open' uses pickFiles, 'save' pickSavePath, 'directory' pickFiles({directory}). */
  mode: 'open' | 'save' | 'directory'
  filters?: { name: string; extensions: string[] }[]
  name?: string
  required?: boolean
}

/**
 * A path text field, plus Browse… where the host has native dialogs (Electron). On the browser
 * bridge there are none, so the field alone is the way to give a path.
 */
export function PathField({ label, value, onChange, mode, filters, name, required }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const p = platform()
  const canBrowse = mode === 'save' ? Boolean(p.pickSavePath) : Boolean(p.pickFiles)
  const browse = async () => {
    try {
      if (mode === 'save') {
        const picked = await p.pickSavePath?.({ title: label, defaultPath: value || undefined, filters })
        if (picked) onChange(picked)
      } else {
        const picked = await p.pickFiles?.({ title: label, filters, directory: mode === 'directory' })
        if (picked?.[0]) onChange(picked[0])
      }
    } catch (err) {
      reportError(err)
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="path-row">
        <input
          id={id}
          name={name}
          type="text"
          dir="ltr"
          spellCheck={false}
          value={value}
          required={required}
          onChange={(e) => onChange(e.target.value)}
        />
        {canBrowse && (
          <button type="button" onClick={browse}>
            {t('common.browse')}
          </button>
        )}
      </div>
    </div>
  )
}
