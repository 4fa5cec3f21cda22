import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALE_NAMES, MENU_LOCALES } from '../i18n'

/** The UI language (not the subtitle locale, which is store.editLocale). */
export function LanguageMenu() {
  const { t, i18n } = useTranslation()
  const id = useId()
  return (
    <div className="language-menu">
      <label htmlFor={id} className="visually-hidden">
        {t('topbar.language')}
      </label>
      <select id={id} value={i18n.language} onChange={(e) => i18n.changeLanguage(e.target.value)}>
        {MENU_LOCALES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LOCALE_NAMES[lng] ?? lng}
          </option>
        ))}
      </select>
    </div>
  )
}
