/** UI locales the studio ships. Subtitle/script locales are any BCP-47 tag (see isRtlLocale). */
export const UI_LOCALES = ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX', 'ar'] as const

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb'])

/** True for right-to-left scripts, from the language subtag of a BCP-47 tag. */
export function isRtlLocale(tag: string): boolean {
  const lang = tag.toLowerCase().split(/[-_]/)[0] ?? ''
  return RTL_LANGUAGES.has(lang)
}

/** Light validation of a BCP-47 tag: language[-script][-region][-variant…]. */
export const BCP47_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-[a-zA-Z0-9]{5,8})*$/

export function isValidLocaleTag(tag: string): boolean {
  return BCP47_PATTERN.test(tag)
}
