import type { Layout } from './frames'
import { HURTABLE, type Referent } from './referents'

/**
 * "Bangsat, ban motor bocor lagi", "Sial betul, wifi putus", "Gagi, ang ganda ng kanta": an insult
 * word opening a sentence, set off by a comma before the sentence goes on about something, with no
 * person anywhere in the sentence and a thing or the speaker after it, is an exclamation, not a name for anyone. ("Idiot!" alone, or
 * "Idiot, you forgot the keys", still count.)
 */
export function isExclamation(layout: Layout, refs: readonly Referent[], first: number, last: number): boolean {
  const { sentence, clause } = layout
  const s = sentence[first]
  const start = sentence.indexOf(s)
  if (first - start > 1) return false
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

/** Words used mostly as exclamations in the six markets' speech. */
const EXPLETIVES = new Set(
  'damn shit fuck crap sial celaka sialan bangsat kampret anjir anjay anjing jancuk tangina putangina lintik leche pucha punyeta hala puta carajo chingada chingados verga porra merda caralho droga pqp'.split(
    ' '
  )
)
