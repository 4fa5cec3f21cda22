import type { CompiledLexicon } from './lexicon'
import type { Layout } from './frames'
import { HURTABLE, type Referent } from './referents'
import { PREPOSITIONS, RELATIVE } from './closed-class'

/**
 * What a copula says is said of its subject, wherever the words in between point. Two shapes the
 * nearest-referent reading gets wrong:
 *  - a relative clause between the subject and the copula: "The girl who sits behind me is a pig",
 *    "La chava que se sienta atrás de mí es una puerca" — the pig is the girl, not "me";
 *  - a noun phrase after the copula: "he's a disgusting pig", "você é um lixo imundo" — the
 *    adjective describes the pig, and the pig is him.
 */

/** Articles and intensifiers allowed between a copula and what it says ("is a", "es una", "is such a"). */
const FILLER = new Set(
  'a an the such so really just total complete um uma uns umas o a un una unos unas el la lo tan muy bem mesmo'.split(
    ' '
  )
)

/** The copula right before a predicate (possibly with an article in between), or -1. */
export function copulaBefore(lex: CompiledLexicon | null, layout: Layout, first: number): number {
  if (!lex) return -1
  for (let k = first; k >= 0 && k >= first - 3; k--) {
    if (k < first && !FILLER.has(layout.tokens[k].norm) && !isCopula(lex, layout, k)) return -1
    if (isCopula(lex, layout, k)) return k
  }
  return -1
}

/** Demonstratives that close a Malay or Indonesian subject before its predicate ("cewek yang … itu jelek"). */
const SUBJECT_CLOSERS = new Set(['itu', 'ini'])

function isCopula(lex: CompiledLexicon, layout: Layout, k: number): boolean {
  if ((lex.locale === 'id' || lex.locale === 'ms') && SUBJECT_CLOSERS.has(layout.tokens[k].norm)) return true
  if (layout.mentions.some((m) => m.role === 'copula' && m.last === k)) return true
  return lex.roles.matchAt(layout.tokens, k, k + 1).some((m) => m.value.role === 'copula')
}

/**
 * The noun a relative clause hangs on, when the copula comes after that clause: the person the
 * predicate is about. Undefined when there is no such clause or its head is not a person.
 */
export function relativeClauseSubject(refs: readonly Referent[], layout: Layout, copula: number): Referent | undefined {
  const c = layout.clause[copula]
  const tokens = layout.tokens
  // someone else right before the copula is its own subject ("… told the boy that you are stupid"),
  // unless a preposition makes them part of the relative clause ("que se sienta atrás de mí es …");
  // the speaker there is inside the clause ("the girl who sits behind me is …")
  const adjacent = refs.find((r) => r.index === copula - 1)
  if (adjacent && adjacent.kind !== 'first' && !(copula >= 2 && PREPOSITIONS.has(tokens[copula - 2].norm)))
    return undefined
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]
    if (r.index >= copula || r.clause !== c) continue
    const rel = r.index + 1
    // at least one word inside the clause: "the girl who sits …", not "girl who is"
    if (rel < copula - 1 && RELATIVE.has(tokens[rel].norm)) return r.kind === 'first' ? undefined : r
  }
  return undefined
}

/** The person a copula's noun phrase is said of ("he's a disgusting pig"): the subject before the copula. */
export function copulaSubject(refs: readonly Referent[], layout: Layout, copula: number): Referent | undefined {
  const c = layout.clause[copula]
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]
    if (r.index < copula && r.clause === c) return HURTABLE.has(r.kind) ? r : undefined
  }
  return undefined
}
