/**
 * Closed-class words the grammar modules share (relative pronouns) and the one way they turn a
 * per-locale word table into sets. Content words belong in the lexicons (docs/lint-lexicon.md).
 */

/** Relative pronouns: "the idiot who wrote it", "o livro que ele escreveu", "cewek yang dia suka". */
export const RELATIVE = new Set('who whom whoever that which que quem quien quienes yang'.split(' '))

/** Prepositions: a noun after one is not the subject ("fans of that band", "atrás de mí"). */
export const PREPOSITIONS = new Set(
  'of from in at on with behind to de do da dos das del dela dele di dari ng sa kat dekat pada'.split(' ')
)

/** Condition words: "if", "si", "se", "kalau", "kung", "pag". */
export const CONDITION = new Set('if si se kalau kalo klo kl jika kung pag kapag'.split(' '))

/** A per-locale word table as sets, for lookups on every token. */
export const setsByLocale = (table: Record<string, string[]>): Map<string, Set<string>> =>
  new Map(Object.entries(table).map(([locale, words]) => [locale, new Set(words)]))
