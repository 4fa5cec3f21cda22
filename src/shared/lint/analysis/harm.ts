import type { Layout } from './frames'
import { type Referent } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Two threat shapes that name no violent word the lexicon lists:
 *  - bodily harm: a breaking verb on a person's body part ("eu quebro tua perna", "I'll smash your
 *    teeth in", "te parto la cara", "gue patahin kaki lo");
 *  - regret: a promise that someone will regret it ("you'll regret ever being born", "me aseguro de
 *    que se arrepienta", "gue pastiin dia nyesel", "vai se arrepender").
 * Both verbs are a small closed set per language, so they live here.
 */

const BREAK: Record<string, string[]> = {
  en: 'break smash snap crack bust punch kick slap stab knock rip'.split(' '),
  'pt-BR': 'quebro quebrar quebra arrebento arrebentar arrebenta furo furar corto cortar parto partir'.split(' '),
  'es-MX': 'rompo romper rompa parto partir quiebro quebrar corto cortar reviento reventar'.split(' '),
  id: 'patahin patahkan patahin hancurin hancurkan remukin remukkan tonjok tonjokin tampar gampar'.split(' '),
  ms: 'patahkan hancurkan pecahkan tumbuk lempang penumbuk'.split(' '),
  fil: 'babaliin baliin basagin sasapakin sapakin bibiyakin'.split(' ')
}
/** Parts whose "breaking" is a figure of speech ("break your heart", "partirte el corazón"). */
const FIGURATIVE = new Set(
  'heart hearts mind spirit record corazon coracao cabeca hati puso loob isip semangat'.split(' ')
)

const REGRET: Record<string, string[]> = {
  en: ['regret', 'regrets'],
  'pt-BR': ['arrepender', 'arrependa', 'arrependas', 'arrependam', 'arrependeu'],
  'es-MX': ['arrepentir', 'arrepentirte', 'arrepientas', 'arrepienta', 'arrepientan', 'arrepentiras', 'arrepentira'],
  id: ['nyesel', 'menyesal', 'nyesal', 'menyesali'],
  ms: ['menyesal', 'nyesal', 'kesal'],
  fil: ['pagsisisihan', 'magsisisi', 'pagsisihan']
}
/** What makes regret a promise, not a question or a memory: will, gonna, make, make sure, bakal, pastiin… */
const PROMISE: Record<string, string[]> = {
  en: 'll will gonna going make sure'.split(' '),
  'pt-BR': 'vai vao vou garanto faco'.split(' '),
  'es-MX': 'vas va van aseguro asegurare hare'.split(' '),
  id: 'bakal akan pastiin pastikan bikin jamin'.split(' '),
  ms: 'akan pastikan buat jamin nanti'.split(' '),
  fil: 'pagsisisihan'.split(' ')
}

const MISSING_OUT = new Set('not missing no nao tidak gak nggak ga hindi di'.split(' '))

const BREAK_SETS = setsByLocale(BREAK)
const REGRET_SETS = setsByLocale(REGRET)
const PROMISE_SETS = setsByLocale(PROMISE)

export interface HarmHit {
  first: number
  last: number
  target: Referent
}

export function findHarm(layout: Layout, refs: readonly Referent[], locale: string): HarmHit[] {
  const breaking = BREAK_SETS.get(locale)
  const regret = REGRET_SETS.get(locale)
  const promise = PROMISE_SETS.get(locale)
  if (!breaking || !regret || !promise) return []
  const { tokens, sentence, mentions } = layout
  const out: HarmHit[] = []
  const person = (r: Referent) => r.kind === 'second' || r.kind === 'third' || r.kind === 'name'
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].norm
    if (breaking.has(word)) {
      // a body part of someone else within three words after the verb
      const part = refs.find(
        (r) =>
          r.index > k &&
          r.index <= k + 3 &&
          sentence[r.index] === sentence[k] &&
          person(r) &&
          mentions.some((m) => m.first === r.index && m.role === 'part') &&
          !FIGURATIVE.has(tokens[r.index].norm)
      )
      if (part) out.push({ first: k, last: part.index, target: part })
    } else if (regret.has(word)) {
      const s = sentence[k]
      const promised = tokens.some((t, j) => j < k && j >= k - 6 && sentence[j] === s && promise.has(t.norm))
      if (!promised && !promise.has(word)) continue
      // "you'll regret not coming", "vas a arrepentirte de no venir": missing out, not a threat
      if (tokens.slice(k + 1, k + 4).some((t) => MISSING_OUT.has(t.norm))) continue
      // the one who will regret: a person up to four words either side
      const who = refs.find((r) => Math.abs(r.index - k) <= 4 && sentence[r.index] === s && person(r))
      if (who) out.push({ first: Math.min(k, who.index), last: Math.max(k, who.index), target: who })
    }
  }
  return out
}
