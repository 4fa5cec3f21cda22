import type { Layout } from './frames'
import type { Referent } from './referents'

/** Prepositions that name what a thing is about or aimed at (not whose it is: "the smell of …"). */
const TOPIC = new Set(
  'about against toward towards for sobre acerca contra hacia para pra pro tentang mengenai pasal terhadap untuk buat tungkol laban'.split(
    ' '
  )
)
/** "whose": the second of two such links names whose the first thing is ("a comida do evento dos …"). */
const OF = new Set('of de do da dos das del ng'.split(' '))
/** Relative words after a thing: "o ônibus que os … pegam", "the cake that … made". */
const THING_RELATIVE = new Set('que that which yang'.split(' '))
/** Words that may stand between the preposition and the person or group ("sobre los gays", "tungkol sa mga"). */
const DETERMINERS = new Set('the a an de los las el la os as o sa mga ang kay kina'.split(' '))

/**
 * "Jokes about gay people aren't funny", "La violencia contra las mujeres es asquerosa": a person or
 * group after a topic preposition only says what the thing before it is about; what the sentence says
 * next is said of that thing. Returns the thing when `target` stands so, else undefined.
 */
export function topicHead(refs: readonly Referent[], layout: Layout, target: Referent): Referent | undefined {
  const { tokens, clause } = layout
  const c = clause[target.index]
  const thingAt = (i: number) => refs.find((r) => r.index === i && r.kind === 'thing' && clause[r.index] === c)
  // "O ônibus que os … pegam é uma merda": the thing a relative clause about the group hangs on
  // (said of a group or a person named, not a pronoun: "semana que vem tu morre" is "next week you die")
  const named = target.kind === 'group' || target.kind === 'person' || target.kind === 'name'
  const relativeHead = refs.find(
    (r) =>
      named &&
      r.kind === 'thing' &&
      clause[r.index] === c &&
      r.index + 1 < target.index &&
      target.index <= r.index + 4 &&
      THING_RELATIVE.has(tokens[r.index + 1].norm)
  )
  if (relativeHead) return relativeHead
  // "A comida do evento dos …", "la comida del evento de los …": a thing of a thing of the group
  let o = target.index - 1
  while (o >= 0 && ARTICLES.has(tokens[o].norm)) o--
  if (o >= 3 && OF.has(tokens[o].norm) && thingAt(o - 1) && OF.has(tokens[o - 2].norm)) {
    const first = thingAt(o - 3)
    if (first) return first
  }
  let k = target.index - 1
  while (k >= 0 && !TOPIC.has(tokens[k].norm) && DETERMINERS.has(tokens[k].norm)) k--
  if (k < 1 || !TOPIC.has(tokens[k].norm)) return chainHead(refs, layout, target)
  // the thing stands right before the preposition (an article or one modifier may come between it and
  // its own article: "the jokes about", "los chistes sobre"), or is what the word before it belongs
  // to ("o site de vagas pra …"), or has its adjective between ("Que palestra chata sobre …")
  const predicateAt = (i: number) =>
    layout.mentions.some((m) => m.role === 'predicate' && m.first === i && m.last === i)
  return (
    thingAt(k - 1) ??
    (k >= 3 && OF.has(tokens[k - 2].norm) ? thingAt(k - 3) : undefined) ??
    (k >= 2 && predicateAt(k - 1) ? thingAt(k - 2) : undefined)
  )
}

/** Prepositions that hang one noun on another inside a noun phrase ("o calor no evento com …"). */
const CHAIN = new Set([
  ...TOPIC,
  ...OF,
  ...'with com con at in no na nos nas em en al ao aos do da del dos das'.split(' ')
])
const CHAIN_REACH = 8

/**
 * "O calor no evento com …", "O site da associação de apoio aos …", "El clima en el festival de los
 * …": a chain of nouns and prepositions ending in the group, that opens with a thing, is a noun phrase
 * about the thing. Only articles, prepositions, things and words the lexicon does not know may stand in
 * the chain; the group after a single "of" is the owner and is spoken of ("The smell of … is
 * disgusting").
 */
function chainHead(refs: readonly Referent[], layout: Layout, target: Referent): Referent | undefined {
  const { tokens, clause, mentions } = layout
  const c = clause[target.index]
  const covered = (i: number) => mentions.some((m) => m.first <= i && m.last >= i)
  let head: Referent | undefined
  let preps = 0
  let onlyOf = true
  for (let i = target.index - 1; i >= 0 && i >= target.index - CHAIN_REACH && clause[i] === c; i--) {
    const w = tokens[i].norm
    // a noun, not a thing pronoun ("Ayan na si …" is no noun phrase)
    const thing = refs.find(
      (r) => r.index === i && r.kind === 'thing' && mentions.some((m) => m.first === i && m.role === 'thing')
    )
    if (CHAIN.has(w)) {
      preps++
      if (!OF.has(w)) onlyOf = false
    } else if (thing) head = thing
    else if (ARTICLES.has(w) || DETERMINERS.has(w) || !covered(i)) continue
    else break
  }
  if (!head || preps === 0 || (onlyOf && preps < 2)) return undefined
  // the chain opens the noun phrase: nothing but an article or the clause's start before its thing
  const before = head.index - 1
  return before < 0 || clause[before] !== c || ARTICLES.has(tokens[before].norm) || !covered(before) ? head : undefined
}
const ARTICLES = new Set('the a an los las el la os as o mga ang sa'.split(' '))
