import type { Layout } from './frames'
import type { Referent } from './referents'
import { PREPOSITIONS } from './closed-class'

/** Places and times that set a scene ("at", "en", "sa", "di" are in PREPOSITIONS already). */
const SETTING = new Set('no na nos nas em en dentro di ke kat sa'.split(' '))
/** Words that tie a person or group to the thing before it: a relative word or a topic preposition. */
const LINKS = new Set('that which who que yang na about sobre acerca tentang pasal tungkol against contra'.split(' '))
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
  if (subject.kind !== 'thing') return undefined
  // a place before it is a setting, not a subject ("At the mall I saw some Mexicans, they were …")
  const before = subject.index > 0 ? tokens[subject.index - 1].norm : ''
  if (PREPOSITIONS.has(before) || SETTING.has(before)) return undefined
  // a person or group named between them is the nearer antecedent, unless it only says what the thing
  // is about or does ("Jokes that mock Muslims …", "Jokes about Muslims …")
  for (const r of refs) {
    if (r.index <= subject.index || r.index >= t.index || r.kind === 'thing' || r.kind === 'first') continue
    const link = tokens.slice(subject.index + 1, r.index).some((x) => LINKS.has(x.norm))
    if (!link) return undefined
  }
  return subject
}
