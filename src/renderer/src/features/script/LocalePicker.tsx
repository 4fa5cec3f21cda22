import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'

/** Which subtitle/script locale the editors work on (not the UI language). */
export function LocalePicker({ targetsOnly = false }: { targetsOnly?: boolean }) {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const editLocale = useStudio((s) => s.editLocale)
  const setEditLocale = useStudio((s) => s.setEditLocale)
  if (!project) return null
  const locales = targetsOnly ? project.targetLocales : [project.sourceLocale, ...project.targetLocales]
  const value = editLocale && locales.includes(editLocale) ? editLocale : (locales[0] ?? '')
  return (
    <label className="kf-field-inline">
      {t('common.locale')}
      <select value={value} onChange={(e) => setEditLocale(e.target.value)} data-testid="edit-locale">
        {locales.map((l) => (
          <option key={l} value={l}>
            {l === project.sourceLocale ? t('common.sourceLocale', { locale: l }) : l}
          </option>
        ))}
      </select>
    </label>
  )
}
