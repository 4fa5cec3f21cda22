import type { Layout } from './frames'
import type { Referent } from './referents'

/** Prepositions that name what a thing is about or aimed at (not whose it is: "the smell of …"). */
const TOPIC = new Set(
  'about against toward towards sobre acerca contra hacia tentang mengenai pasal terhadap tungkol laban'.split(' ')
)
/** Words that may stand between the preposition and the person or group ("sobre los gays", "tungkol sa mga"). */
const DETERMINERS = new Set('the a an de los las el la os as o sa mga ang kay kina para sa'.split(' '))

/**
 * "Jokes about gay people aren't funny", "La violencia contra las mujeres es asquerosa": a person or
 * group after a topic preposition only says what the thing before it is about; what the sentence says
 * next is said of that thing. Returns the thing when `target` stands so, else undefined.
 */
export function topicHead(refs: readonly Referent[], layout: Layout, target: Referent): Referent | undefined {
  const { tokens, clause } = layout
  let k = target.index - 1
  while (k >= 0 && DETERMINERS.has(tokens[k].norm)) k--
  if (k < 1 || !TOPIC.has(tokens[k].norm)) return undefined
  // the thing stands right before the preposition (an article or one modifier may come between it and
  // its own article: "the jokes about", "los chistes sobre")
  const head = refs.find((r) => r.index === k - 1 && clause[r.index] === clause[target.index])
  return head?.kind === 'thing' ? head : undefined
}
