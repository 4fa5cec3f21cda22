// Static imports so the lexicons ship in the renderer bundle too (the lint runs as you type).
import en from '../lexicon/en.json'
import ms from '../lexicon/ms.json'
import id from '../lexicon/id.json'
import fil from '../lexicon/fil.json'
import ptBR from '../lexicon/pt-BR.json'
import esMX from '../lexicon/es-MX.json'
import guard from '../lexicon/spelling-guard.json'

/** Raw lexicon data by pack locale; validated when a locale is first used (lexicon.ts). */
export const LEXICON_DATA: Record<string, unknown> = { en, ms, id, fil, 'pt-BR': ptBR, 'es-MX': esMX }

/** Dictionary words per locale that spelling variation must leave alone (scripts/lint-data/build-spelling-guard.ts). */
export const SPELLING_GUARD: Record<string, string[]> = (guard as { guard?: Record<string, string[]> }).guard ?? {}
