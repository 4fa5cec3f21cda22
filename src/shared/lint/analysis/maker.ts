import type { Layout } from './frames'
import { longestPhraseAt, phraseIndex } from './closed-class'
import type { AnalysisToken } from './prepare-tokens'

/**
 * A thing insulted, then the one who made or owns it: "Motor butut, yang punya lebih butut", "Esse
 * desenho é um lixo, igual a quem desenhou", "Pangit na kotse, mas pangit ang may-ari", "Your song is
 * garbage, just like whoever made it". The maker is named by a headless relative ("whoever made it",
 * "quem desenhou", "yang gambar", "'yung kumanta") or an owner noun ("tuan", "may-ari", "the owner"),
 * and a word of comparison or echo ties it to the insult ("like", "igual", "lebih", "mas", "rin").
 */

/** Owner and maker nouns (accents folded, hyphens split). */
const OWNERS: Record<string, string[]> = {
  en: ['owner', 'owners', 'maker', 'creator', 'author', 'artist', 'singer'],
  'pt-BR': ['dono', 'dona', 'donos', 'autor', 'autora', 'criador', 'criadora', 'cantor', 'cantora'],
  'es-MX': ['dueno', 'duena', 'duenos', 'autor', 'autora', 'creador', 'creadora', 'cantante'],
  id: ['pemilik', 'pemiliknya', 'pembuat', 'pembuatnya', 'penyanyinya', 'tuannya', 'empunya', 'yg punya'],
  ms: ['tuan', 'tuannya', 'pemilik', 'pemiliknya', 'pembuat', 'pembuatnya', 'tuan punya'],
  fil: ['may ari', 'nagmamay ari']
}

/** Words that open a headless relative naming a person ("whoever", "quem", "yang", "'yung"). */
const HEADS: Record<string, string[]> = {
  en: ['whoever', 'the one who', 'the one that', 'the person who', 'the guy who', 'the girl who'],
  'pt-BR': ['quem', 'o cara que', 'a mina que'],
  'es-MX': ['quien', 'el que lo', 'la que lo', 'el que la', 'la que la'],
  id: ['yang', 'yg'],
  ms: ['yang', 'yg'],
  fil: ['ang', 'yung', 'iyong', 'ung', 'si']
}

/** Verbs of making or owning after Malay and Indonesian "yang" (else "yang kemarin" would be a person). */
const MAKING = new Set(
  'punya bikin buat gambar lukis nulis tulis nyanyi masak jual pakai pake bawa edit ngedit rekam desain design upload post posting karang cipta'.split(
    ' '
  )
)
/** Tagalog actor-focus verbs: "gumawa", "kumanta", "nagluto", "bumili" (a consonant then -um-, or nag-). */
const TAGALOG_ACTOR = /^([bdghklmnprstwy]um[a-z]{2,}|nag[a-z]{3,})$/

/** Comparison and echo words that tie the maker to the insult. */
const TIES: Record<string, string[]> = {
  en: ['like', 'same', 'more', 'worse', 'too', 'also', 'even', 'just'],
  'pt-BR': ['igual', 'como', 'mais', 'pior', 'tambem', 'nem', 'mesmo'],
  'es-MX': ['igual', 'como', 'mas', 'peor', 'tambien', 'mismo'],
  id: ['sama', 'kayak', 'kaya', 'lebih', 'juga', 'mirip', 'macam', 'persis'],
  ms: ['macam', 'mcm', 'lagi', 'lebih', 'sama', 'pun', 'juga', 'serupa'],
  fil: ['mas', 'parang', 'rin', 'din', 'kasing', 'pareho', 'gaya', 'lalo']
}

const OWNER_SEQ = phraseIndex(OWNERS)
const HEAD_SEQ = phraseIndex(HEADS)
const TIE_SETS = new Map(Object.entries(TIES).map(([l, w]) => [l, new Set(w)]))

/** The maker named at token k, as its last token index, or -1. */
function makerAt(tokens: readonly AnalysisToken[], k: number, locale: string): number {
  const owner = longestPhraseAt(tokens, k, OWNER_SEQ.get(locale))
  if (owner) return k + owner - 1
  const head = longestPhraseAt(tokens, k, HEAD_SEQ.get(locale))
  if (!head) return -1
  const v = k + head
  if (v >= tokens.length) return -1
  const verb = tokens[v].norm
  if (locale === 'id' || locale === 'ms') return MAKING.has(verb) ? v : -1
  if (locale === 'fil') return TAGALOG_ACTOR.test(verb) ? v : -1
  return v
}

export interface MakerHit {
  first: number
  last: number
}

/** The maker after a thing insult ending at token `after`, tied to it by a comparison or an echo. */
export function findMaker(layout: Layout, after: number, locale: string, negators: readonly number[]): MakerHit | null {
  const ties = TIE_SETS.get(locale)
  if (!ties) return null
  const { tokens, sentence } = layout
  // the tie may be the insult's own last words ("sampah sama kayak")
  let tied = ties.has(tokens[after].norm)
  for (let k = after + 1; k < Math.min(tokens.length, after + 9) && sentence[k] === sentence[after]; k++) {
    // "…but the owner isn't": a negator on the way breaks the tie
    if (negators.includes(k)) return null
    if (ties.has(tokens[k].norm)) tied = true
    const last = makerAt(tokens, k, locale)
    if (last < 0) continue
    // the tie may also come right after the maker: "tuan lagi buruk", "ang may-ari pa rin"
    for (let j = last + 1; !tied && j <= last + 2 && j < tokens.length; j++) tied = ties.has(tokens[j].norm)
    return tied ? { first: k, last } : null
  }
  return null
}
