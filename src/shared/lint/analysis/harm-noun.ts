import type { Layout } from './frames'

/**
 * "Police are investigating attacks on Muslims", "Hate crimes against … rose", "una campaña contra el
 * odio hacia los gays": a word of harm used as a noun, with the group after "on", "against", "hacia",
 * names harm done (news, a report, a campaign against it), not harm threatened or felt by the speaker.
 */
const HARM_NOUN = new Set(
  'attacks attack violence threats hate hatred discrimination abuse harassment racism prejudice bigotry slurs insults bullying odio violencia amenazas ataques odio discriminacion'.split(
    ' '
  )
)
/** A noun the harm word may modify first ("hate crimes against", "hate speech toward"). */
const HEAD_NOUNS = new Set('crimes crime speech campaigns campaign incidents incident'.split(' '))
/** "Aimed at": "on", "against", "toward", "contra", "hacia", "terhadap". */
const AIMED = new Set('on against toward towards targeting contra hacia terhadap atas'.split(' '))
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
