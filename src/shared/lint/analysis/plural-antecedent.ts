import type { Layout } from './frames'
import type { Referent } from './referents'
import { PREPOSITIONS } from './closed-class'

/** Plural subject pronouns that can stand for things as well as people. */
const PLURAL_SUBJECTS = new Set('they eles elas ellos ellas mereka sila'.split(' '))

/**
 * "Jokes that mock Muslims aren't funny, they're cruel": a plural pronoun opening a later clause of the
 * sentence takes up the sentence's subject; when that subject is a thing, what is said of the pronoun
 * is said of the thing. Returns the thing, or undefined when the pronoun stays a person. Only for
 * what is said of the pronoun itself: in "shame they're on a loser" the insult is someone else's.
 */
export function thingAntecedent(
  refs: readonly Referent[],
  layout: Layout,
  t: Referent,
  first: number
): Referent | undefined {
  const { tokens } = layout
  if (t.kind !== 'third' || !PLURAL_SUBJECTS.has(tokens[t.index].norm) || t.index >= first) return undefined
  for (let k = t.index + 1; k < first; k++) if (PREPOSITIONS.has(tokens[k].norm)) return undefined
  const { sentence, clause } = layout
  // the pronoun is its clause's first referent, after the sentence's first clause
  const firstOfClause = refs.find((r) => clause[r.index] === clause[t.index])
  if (firstOfClause !== t) return undefined
  const subject = refs.find((r) => sentence[r.index] === sentence[t.index])
  if (!subject || subject === t || clause[subject.index] === clause[t.index]) return undefined
  return subject.kind === 'thing' ? subject : undefined
}
