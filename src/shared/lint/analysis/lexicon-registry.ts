// Static imports so the lexicons ship in the renderer bundle too (the lint runs as you type).
// The packed forms (npm run lint:pack) are what the engine reads; the hand-written sources stay
// out of the bundle.
import en from '../lexicon/packed/en.json'
import ms from '../lexicon/packed/ms.json'
import id from '../lexicon/packed/id.json'
import fil from '../lexicon/packed/fil.json'
import ptBR from '../lexicon/packed/pt-BR.json'
import esMX from '../lexicon/packed/es-MX.json'
import guard from '../lexicon/spelling-guard.json'

/** Packed lexicon data by pack locale; validated when a locale is first used (lexicon.ts). */
export const LEXICON_DATA: Record<string, unknown> = { en, ms, id, fil, 'pt-BR': ptBR, 'es-MX': esMX }

/** Dictionary words per locale that spelling variation must leave alone (scripts/lint-data/build-spelling-guard.ts). */
export const SPELLING_GUARD: Record<string, string[]> = (guard as { guard?: Record<string, string[]> }).guard ?? {}
