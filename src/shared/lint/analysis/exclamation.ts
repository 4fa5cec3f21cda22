import type { Layout } from './frames'
import { HURTABLE, type Referent } from './referents'

/**
 * "Bangsat, ban motor bocor lagi", "Sial betul, wifi putus", "Gagi, ang ganda ng kanta": an insult
 * word opening a sentence, set off by a comma before the sentence goes on about something, with no
 * person anywhere in the sentence and a thing or the speaker after it, is an exclamation, not a name for anyone. ("Idiot!" alone, or
 * "Idiot, you forgot the keys", still count.)
 */
export function isExclamation(
  layout: Layout,
  refs: readonly Referent[],
  first: number,
  last: number,
  locale = ''
): boolean {
  const { sentence, clause } = layout
  const s = sentence[first]
  const start = sentence.indexOf(s)
  if (first - start > 1) return false
  // "Ojete, me robaste la idea", "Pinche cabrón, regrésame mi lana": the verb speaks to someone
  if (verbAddressesAfter(layout, last, locale)) return false
  let k = last + 1
  // particles before the comma: "Bodoh la,", "Sial betul,"
  while (k < sentence.length && k <= last + 2 && clause[k] === clause[last] && sentence[k] === s) k++
  const goesOn = k < sentence.length && sentence[k] === s && clause[k] !== clause[last]
  if (!goesOn || refs.some((r) => sentence[r.index] === s && HURTABLE.has(r.kind))) return false
  // …and the rest is about a thing ("wifi putus", "qué frío"): "Idiota, ¿qué haces?" speaks to
  // someone through the verb alone, which the analysis cannot see
  // or, for a word that is mostly an expletive, about the speaker ("Sial, kita menang!", "Celaka, aku
  // terlupa"); "Idiot, I'm the one who pays here" still speaks to someone
  const expletive = EXPLETIVES.has(layout.tokens[first].norm)
  return refs.some(
    (r) => sentence[r.index] === s && r.index > last && (r.kind === 'thing' || (expletive && r.kind === 'first'))
  )
}

/**
 * Spanish and Portuguese say "you" in the verb: the preterite's -aste/-iste ("robaste", "hiciste",
 * "roubaste") and an imperative with "me" attached ("regrésame", "devuélveme", "dame"). A later word
 * of the same sentence with such an ending addresses someone.
 */
const SECOND_PERSON_VERB: Record<string, RegExp> = {
  'es-MX': /^(?:\p{L}{2,}(?:aste|iste)|\p{L}{2,}(?:ame|eme|ime)|dame|dime)$/u,
  'pt-BR': /^\p{L}{2,}(?:aste|iste)$/u
}
/** Words of those shapes that are no verb ("contraste", "chiste", "alarme", "crime"). */
const NOT_VERBS = new Set(
  'contraste chiste triste desastre alarme crime regime lame game same name fame time'.split(' ')
)

export function verbAddressesAfter({ tokens, sentence }: Layout, last: number, locale: string): boolean {
  const shape = SECOND_PERSON_VERB[locale]
  if (!shape) return false
  // "chingada madre, ¿viste el partido?": an expletive before a question to a friend is no name for them
  for (let k = last; k >= 0 && sentence[k] === sentence[last]; k--) if (EXPLETIVES.has(tokens[k].norm)) return false
  for (let k = last + 1; k < tokens.length && sentence[k] === sentence[last]; k++)
    if (shape.test(tokens[k].norm) && !NOT_VERBS.has(tokens[k].norm)) return true
  return false
}

/** Words used mostly as exclamations in the six markets' speech. */
const EXPLETIVES = new Set(
  'damn shit fuck crap sial celaka sialan bangsat kampret anjir anjay anjing jancuk tangina putangina lintik leche pucha punyeta hala puta carajo chingada chingados verga porra merda caralho droga pqp'.split(
    ' '
  )
)
