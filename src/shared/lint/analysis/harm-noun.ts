import type { Layout } from './frames'

/**
 * "Police are investigating attacks on Muslims", "Hate crimes against … rose", "una campaña contra el
 * odio hacia los gays": a word of harm used as a noun, with the group after "on", "against", "hacia",
 * names harm done (news, a report, a campaign against it), not harm threatened or felt by the speaker.
 */
const HARM_NOUN = new Set(
  'attacks attack violence threats hate hatred discrimination abuse harassment racism prejudice bigotry slurs insults bullying odio violencia amenazas ataques discriminacion'.split(
    ' '
  )
)
/** A noun the harm word may modify first ("hate crimes against", "hate speech toward"). */
const HEAD_NOUNS = new Set('crimes crime speech campaigns campaign incidents incident'.split(' '))
/** "Aimed at": "on", "against", "toward", "contra", "hacia", "terhadap". */
export const AIMED = new Set('on against toward towards targeting contra hacia terhadap atas'.split(' '))
const DETERMINERS = new Set('the a an los las el la os as o de'.split(' '))
const APPROVE = new Set(
  'should must need needs bring please more justified deserved deserve good great justificado justificada justificados merecido merecida merecen merecem necesario necessario precisamos necesitamos perlu patut harus kailangan mas mais'.split(
    ' '
  )
)
const NOUN_MARKERS = new Set(
  'the a an of el la los las os as o de del do da dos das many any such these those recent violent new growing rising'.split(
    ' '
  )
)

/** Whether the predicate at [first, last] is a harm noun aimed at whoever follows. */
export function namesHarmDone(layout: Layout, first: number, last: number): boolean {
  const { tokens, clause, sentence } = layout
  // a call for it or approval of it is no report: "There should be more attacks on …", "bring on …",
  // "… please", "está justificado"
  for (let k = 0; k < tokens.length; k++)
    if (sentence[k] === sentence[first] && APPROVE.has(tokens[k].norm)) return false
  const word = tokens[last].norm
  // a noun: after an article or "of" ("the hate", "attacks of", "el odio"), or before a noun of its own
  // ("hate crimes"); "I'll attack on sight", "Odio hacia los gays, eso siento" are verbs
  const nounBefore = first > 0 && NOUN_MARKERS.has(tokens[first - 1].norm)
  const nounAfter = last + 1 < tokens.length && HEAD_NOUNS.has(tokens[last + 1].norm)
  if (!nounBefore && !nounAfter) return false
  // "odio hacia" is one phrase of the lexicon: its last word is already the preposition
  let k = AIMED.has(word) && first < last && HARM_NOUN.has(tokens[last - 1].norm) ? last : -1
  if (k < 0) {
    if (!HARM_NOUN.has(word)) return false
    k = last + 1
    if (k < tokens.length && HEAD_NOUNS.has(tokens[k].norm)) k++
    if (k >= tokens.length || clause[k] !== clause[last] || !AIMED.has(tokens[k].norm)) return false
  }
  // the one aimed at follows, after at most two determiners
  let j = k + 1
  while (j < tokens.length && j <= k + 2 && DETERMINERS.has(tokens[j].norm)) j++
  return j < tokens.length && clause[j] === clause[k]
}

/** Articles before an event noun ("the attack", "un ataque", "o ataque"). */
const EVENT_ARTICLES = new Set('the a an this that el la un una este esta ese esa o um uma esse essa'.split(' '))
/** What puts an event noun in the past as a scene: a preposition of time or place, or surviving it. */
const EVENT_OPENERS = new Set(
  'in after during since before from survived survive survives surviving witnessed en tras durante desde antes despues sobrevivio sobrevivieron sobreviveu sobreviveram em apos depois sa noong matapos dalam selepas setelah semasa ketika sejak'.split(
    ' '
  )
)
/** Portuguese and Spanish preposition–article contractions ("no ataque", "del tiroteo"). */
const CONTRACTED = new Set('no na num numa do da del al pelo pela'.split(' '))

/**
 * "My uncle died in the attack", "Women survived the attack", "morreram no ataque": a one-word harm
 * predicate after an article that follows a preposition of time or place (or a verb of surviving) is
 * an event in a scene, not harm threatened. "You deserve a beating" and "I'll give you a beating" keep
 * their verb before the article.
 */
export function isEventNoun(layout: Layout, first: number, last: number): boolean {
  const { tokens, sentence } = layout
  if (first !== last || first < 1 || sentence[first - 1] !== sentence[first]) return false
  const before = tokens[first - 1].norm
  if (CONTRACTED.has(before)) return true
  return (
    EVENT_ARTICLES.has(before) &&
    first >= 2 &&
    sentence[first - 2] === sentence[first] &&
    EVENT_OPENERS.has(tokens[first - 2].norm)
  )
}
