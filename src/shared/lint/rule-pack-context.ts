import { expand } from './pattern'
import type { LocaleFile } from './rules/schema'

/**
 * Code-switching is normal in Malaysian, Indonesian and Filipino scripts ("ang bobo mo, loser"), so
 * those packs also run the English rules and context (not the English profanity list, whose short
 * words collide).
 */
export const ALSO_ENGLISH = new Set(['ms', 'id', 'fil'])

/** A locale's context data (locale.json) with its phrase lists already expanded into word sequences. */
export interface PackedContext {
  /** rules/<locale>/locale.json as validated: defaults filled in, phrases trimmed. */
  data: LocaleFile
  /** Word sequences, words space separated, in the order the tries get them. */
  counterSpeech: string[]
  kindMessages: string[]
  /** The locale's notNegating phrases and, for ms/id/fil, the English ones, all with the locale's placeholders. */
  notNegating: string[]
}

function sequences(phrases: string[], placeholders: Record<string, string[]>, where: string): string[] {
  return phrases.flatMap((p) => expand(p, { placeholders, where }).map((seq) => seq.join(' ')))
}

/**
 * Expands a locale's context phrases. `npm run lint:pack` stores the result in the rule pack; the
 * engine calls it itself only when that pack cannot be read (then it validates locale.json too).
 */
export function packContext(locale: string, data: LocaleFile, english: LocaleFile | null): PackedContext {
  const ph = data.placeholders
  const where = `rules/${locale}/locale.json`
  return {
    data,
    counterSpeech: sequences(data.counterSpeech, ph, `${where} counterSpeech`),
    kindMessages: sequences(data.kindMessages, ph, `${where} kindMessages`),
    notNegating: sequences([...data.notNegating, ...(english?.notNegating ?? [])], ph, `${where} notNegating`)
  }
}
