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

/**
 * Words that negate, also where the lexicon reads them inside a phrase ("no good" in "no good reason",
 * "tak jujur"): for checks on a phrase's own first word, where no negator mention stands.
 */
export const NEGATING_WORDS = new Set(
  'no not never nao nunca ningun ninguna nenhum nenhuma tak takde tiada tidak gak nggak ga x walang hindi di sin'.split(
    ' '
  )
)

/** Condition words: "if", "si", "se", "kalau", "kung", "pag". */
export const CONDITION = new Set('if si se kalau kalo klo kl jika kung pag kapag'.split(' '))

/** What a threat can hang on: a condition, "unless", or "when" in Spanish and Portuguese ("cuando vuelvas…"). */
export const THREAT_CONDITION = new Set([...CONDITION, 'unless', 'cuando', 'quando'])

/** "why" in the six languages (and French): "por qué" folds to "por", "porque". */
export const WHY = new Set('why por porque pourquoi kenapa mengapa knp napa bakit'.split(' '))

/** A per-locale word table as sets, for lookups on every token. */
export const setsByLocale = (table: Record<string, string[]>): Map<string, Set<string>> =>
  new Map(Object.entries(table).map(([locale, words]) => [locale, new Set(words)]))

/** "And" in each language: a verb joined on with it shares the subject before it. */
export const AND = setsByLocale({
  en: ['and', 'n'],
  'pt-BR': ['e'],
  'es-MX': ['y', 'e'],
  id: ['dan', 'terus', 'trus'],
  ms: ['dan', 'lepas'],
  fil: ['at', 'tapos', 'saka']
})

/** Per-locale phrase tables, indexed by first word so a token that starts none costs one lookup. */
export type PhraseIndex = Map<string, Map<string, readonly string[][]>>

export function phraseIndex(table: Record<string, readonly string[]>): PhraseIndex {
  const out: PhraseIndex = new Map()
  for (const [locale, phrases] of Object.entries(table)) {
    const byFirst = new Map<string, string[][]>()
    for (const p of phrases) {
      const seq = p.split(' ')
      const list = byFirst.get(seq[0])
      if (list) list.push(seq)
      else byFirst.set(seq[0], [seq])
    }
    out.set(locale, byFirst)
  }
  return out
}

/** The length of the longest phrase of `byFirst` starting at token k (0 if none). */
export function longestPhraseAt(
  tokens: readonly { norm: string }[],
  k: number,
  byFirst: ReadonlyMap<string, readonly string[][]> | undefined
): number {
  const candidates = byFirst?.get(tokens[k].norm)
  if (!candidates) return 0
  let best = 0
  for (const seq of candidates) {
    if (seq.length <= best || k + seq.length > tokens.length) continue
    let i = 1
    while (i < seq.length && tokens[k + i].norm === seq[i]) i++
    if (i === seq.length) best = seq.length
  }
  return best
}

/**
 * Words that may stand inside a lexicon phrase without being part of it: "they are all trash",
 * "são tudo lixo". Never a phrase's first or last word (trie.ts), and only in phrases that open with
 * a pronoun, copula or "all" word (mentions.ts): "cewek emang lemot" keeps "cewek" as its group.
 * (es/pt "todos" is a referent of its own: "Son todos basura".)
 */
export const PHRASE_FILLERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    // intensifying adjectives too: "they are complete trash", "are utter garbage"
    'all just literally really basically actually truly totally absolutely honestly simply complete utter absolute total such straight up lowkey highkey pretty kinda'.split(
      ' '
    )
  ),
  'es-MX': new Set('puro pura puros puras bien neta literal literalmente realmente nomas solo'.split(' ')),
  'pt-BR': new Set('tudo mesmo literalmente realmente so'.split(' ')),
  id: new Set('semua memang emang bener beneran sih tuh mah'.split(' ')),
  ms: new Set('semua memang betul sungguh'.split(' ')),
  fil: new Set('lahat talaga naman nga din rin'.split(' '))
}

/** "A la verga con los …", "to hell with …", "persetan dengan …": a curse taking its target with "with". */
export const WITH = new Set('with con com sama dengan ama'.split(' '))
