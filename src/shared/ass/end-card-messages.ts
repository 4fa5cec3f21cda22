/**
 * The default end-card message per locale, used when the project has none for that locale.
 * Written as natural sentences in each language, not word-for-word translations.
 */
const MESSAGES: Record<string, string> = {
  en: 'Behind every account is a real human.',
  ms: 'Di sebalik setiap akaun ada manusia sebenar.',
  id: 'Di balik setiap akun ada manusia sungguhan.',
  fil: 'Sa likod ng bawat account ay may totoong tao.',
  'pt-BR': 'Por trás de cada conta existe um ser humano de verdade.',
  'es-MX': 'Detrás de cada cuenta hay un ser humano real.',
  ar: 'خلف كل حساب إنسان حقيقي.'
}

/** Language subtag → the shipped message to fall back to (e.g. "pt-PT" → pt-BR, "tl" → fil). */
const BY_LANGUAGE: Record<string, string> = { pt: 'pt-BR', es: 'es-MX', tl: 'fil' }

/** Exact tag (case-insensitive), then the language subtag, then English. */
export function defaultEndCardMessage(locale: string): string {
  return ownDefault(locale) ?? MESSAGES.en
}

/** True when the shipped default is written in the locale's language (not the English fallback). */
export function hasDefaultEndCardMessage(locale: string): boolean {
  return ownDefault(locale) !== undefined
}

function ownDefault(locale: string): string | undefined {
  const wanted = locale.trim().replace(/_/g, '-').toLowerCase()
  for (const [tag, message] of Object.entries(MESSAGES)) if (tag.toLowerCase() === wanted) return message
  const language = wanted.split('-')[0] ?? ''
  const key = MESSAGES[language] !== undefined ? language : BY_LANGUAGE[language]
  return key ? MESSAGES[key] : undefined
}

/** "@name" from "name", "@name", " @name " (empty stays empty). */
export function normalizeHandle(handle: string): string {
  const trimmed = handle.trim()
  if (!trimmed) return ''
  return trimmed.startsWith('@') || trimmed.startsWith('＠') ? trimmed : `@${trimmed}`
}
