import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { UI_LOCALES } from '../../../shared/locales'
import { buildResources, NAMESPACES } from './resources'
import { PSEUDO_LOCALE } from './pseudo'

export const MENU_LOCALES: string[] = [...UI_LOCALES, PSEUDO_LOCALE]
const STORAGE_KEY = 'kindframe.uiLocale'

function storedLocale(): string {
  try {
    const fromUrl = new URLSearchParams(location.search).get('lng')
    const stored = fromUrl ?? localStorage.getItem(STORAGE_KEY)
    if (stored && MENU_LOCALES.includes(stored)) return stored
  } catch {
    // no storage: fall through to the browser language
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en'
  return MENU_LOCALES.find((l) => l === nav) ?? MENU_LOCALES.find((l) => l === nav.split('-')[0]) ?? 'en'
}

/** `<html lang dir>` follow the UI locale, so the whole layout mirrors for Arabic. */
function applyDocumentLocale(lng: string): void {
  document.documentElement.lang = lng
  document.documentElement.dir = i18next.dir(lng)
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (lng) => {
    applyDocumentLocale(lng)
    try {
      localStorage.setItem(STORAGE_KEY, lng)
    } catch {
      // ignore: the choice still applies for this session
    }
  })
  await i18next.use(initReactI18next).init({
    resources: buildResources(),
    lng: storedLocale(),
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false
  })
  applyDocumentLocale(i18next.language)
  return i18next
}

/** Native names, shown in the language menu in their own language. */
export const LOCALE_NAMES: Record<string, string> = {
  en: 'English',
  ms: 'Bahasa Melayu',
  id: 'Bahasa Indonesia',
  fil: 'Filipino',
  'pt-BR': 'Português (Brasil)',
  'es-MX': 'Español (México)',
  ar: 'العربية',
  [PSEUDO_LOCALE]: '[Ƥšéûðö] en-XA'
}
