import type { Mention } from './mentions'
import type { AnalysisToken } from './prepare-tokens'

/** Who or what a stretch of the sentence refers to. */
export type ReferentKind = 'second' | 'first' | 'third' | 'person' | 'group' | 'name' | 'thing'

export interface Referent {
  kind: ReferentKind
  /** Token index the referent stands at (the noun for "your face", the pronoun for "you"). */
  index: number
  clause: number
  group?: string
  /** Whose thing it is ("your phone", "rumah Andi", "their house"): harm done to it is aimed at them. */
  owner?: ReferentKind
}

const OWNER = { secondPossessive: 'second', firstPossessive: 'first', thirdPossessive: 'third' } as const
const PRONOUN = { second: 'second', first: 'first', third: 'third' } as const
/** Nouns a possessive attaches to: "your face" is you, "your drawings" a thing, "your mom" a person. */
const NOUN_ROLES = new Set(['part', 'thing', 'person', 'group'])
/** Portuguese and Spanish object pronouns that are also articles ("la odio" / "la escuela"). */
const ARTICLES = new Set(['el', 'la', 'lo', 'los', 'las', 'o', 'a', 'os', 'as'])

function nounKind(m: Mention, owner: ReferentKind): ReferentKind {
  if (m.role === 'part') return owner
  if (m.role === 'thing') return 'thing'
  return m.role === 'group' ? 'group' : 'person'
}

export interface ReferentInput {
  tokens: readonly AnalysisToken[]
  mentions: readonly Mention[]
  clause: Int32Array
  sentence: Int32Array
  text: string
  /** Languages where the possessor follows the noun ("muka kau", "boses mo", "damit ko"). */
  possessorFollows: boolean
  /** Languages whose articles look like object pronouns (pt, es). */
  articlesArePronouns: boolean
  /** Words the lexicon knows: at the start of a sentence ("Qué porquería…") they are not names. */
  known?: ReadonlySet<string>
}

/**
 * The referents of a line, in order. Possessives take the kind of the noun they own; in languages
 * where the possessor follows ("lukisan kau" = your drawing), a pronoun right after a noun does too.
 * Unknown Title-Case words that are not the first of a sentence (and @handles) are names.
 */
export function findReferents({
  tokens,
  mentions,
  clause,
  sentence,
  text,
  possessorFollows,
  articlesArePronouns,
  known
}: ReferentInput): Referent[] {
  const out: Referent[] = []
  const mentionAt = new Map<number, Mention>()
  for (const m of mentions) mentionAt.set(m.first, m)
  const covered = new Uint8Array(tokens.length)
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) covered[k] = 1

  const consumed = new Set<number>()
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]
    if (consumed.has(m.first)) continue
    const c = clause[m.first]
    const group = m.group
    if (m.role in OWNER) {
      const owner = OWNER[m.role as keyof typeof OWNER]
      // the owned noun: within 3 tokens, same clause ("your ugly fat face")
      let owned: Mention | undefined
      for (
        let k = mi + 1;
        k < mentions.length && mentions[k].first <= m.last + 3 && clause[mentions[k].first] === c;
        k++
      )
        if (NOUN_ROLES.has(mentions[k].role)) {
          owned = mentions[k]
          break
        }
      const next = mentionAt.get(m.last + 1)
      if (owned) {
        consumed.add(owned.first)
        const kind = nounKind(owned, owner)
        out.push({ kind, index: owned.first, clause: c, group: owned.group, ...(kind === 'thing' ? { owner } : {}) })
      }
      // "your so stupid", "ur still a dick": a possessive that owns no noun is the common typo for "you're"
      else if (owner === 'second' && next && !NOUN_ROLES.has(next.role))
        out.push({ kind: 'second', index: m.first, clause: c })
      else out.push({ kind: 'thing', index: m.last + 1 < tokens.length ? m.last + 1 : m.first, clause: c })
      continue
    }
    // "mi letra", "tu voz": a word that is a pronoun and a possessive, right before a noun, is the possessive
    const possessive = m.role in PRONOUN ? m.alt?.find((a) => a.role in OWNER) : undefined
    const nextNoun = possessive ? mentionAt.get(m.last + 1) : undefined
    if (possessive && nextNoun && NOUN_ROLES.has(nextNoun.role) && clause[nextNoun.first] === c) {
      const ownerKind = OWNER[possessive.role as keyof typeof OWNER]
      const kind = nounKind(nextNoun, ownerKind)
      consumed.add(nextNoun.first)
      out.push({
        kind,
        index: nextNoun.first,
        clause: c,
        group: nextNoun.group,
        ...(kind === 'thing' ? { owner: ownerKind } : {})
      })
      continue
    }
    if (m.role in PRONOUN) {
      // "la escuela", "los lunes", "o trabalho": an article, not a pronoun, before a noun
      const following = mentionAt.get(m.last + 1)
      if (
        articlesArePronouns &&
        m.role === 'third' &&
        ARTICLES.has(tokens[m.first].norm) &&
        following &&
        (NOUN_ROLES.has(following.role) ||
          (following.role === 'predicate' && (following.kind === 'insult' || following.kind === 'dehumanise')))
      )
        continue
      // "soy lo peor", "é o pior": the neuter article before an adjective names no one
      if (
        articlesArePronouns &&
        m.role === 'third' &&
        NEUTER_ARTICLES.has(tokens[m.first].norm) &&
        following?.first === m.first + 1 &&
        following.role === 'predicate' &&
        following.kind === 'attribute'
      )
        continue
      // "el pinche wifi", "o maldito celular": an article, a swear word or adjective, then the noun
      if (
        articlesArePronouns &&
        m.role === 'third' &&
        ARTICLES.has(tokens[m.first].norm) &&
        following &&
        (following.role === 'profanity' || following.role === 'predicate') &&
        NOUN_ROLES.has(mentionAt.get(following.last + 1)?.role ?? '')
      )
        continue
      const prev = mi > 0 ? mentions[mi - 1] : undefined
      // "kawan aku", "temen gue": the pronoun owns the person before it and is not a referent itself
      if (
        possessorFollows &&
        prev &&
        prev.last === m.first - 1 &&
        clause[prev.last] === c &&
        (prev.role === 'person' || prev.role === 'group')
      )
        continue
      if (
        possessorFollows &&
        prev &&
        prev.last === m.first - 1 &&
        clause[prev.last] === c &&
        (prev.role === 'thing' || prev.role === 'part')
      ) {
        // replace the noun's own referent pushed just before
        const own = out.at(-1)
        if (own && own.index === prev.first) out.pop()
        const ownerKind = PRONOUN[m.role as keyof typeof PRONOUN]
        out.push(
          prev.role === 'thing'
            ? { kind: 'thing', index: prev.first, clause: c, owner: ownerKind }
            : { kind: ownerKind, index: prev.first, clause: c }
        )
        continue
      }
      out.push({ kind: PRONOUN[m.role as keyof typeof PRONOUN], index: m.first, clause: c })
      continue
    }
    if (m.role === 'thingPronoun') {
      // "people that are…", "orang Cina itu…": after a noun it relates or points back at the noun;
      // "that girl", "esa perra": before a noun or an insult it is a determiner
      const prev = mi > 0 ? mentions[mi - 1] : undefined
      if (
        prev &&
        prev.last === m.first - 1 &&
        (NOUN_ROLES.has(prev.role) || prev.role === 'slur' || prev.role in PRONOUN)
      )
        continue
      const following = mentionAt.get(m.last + 1)
      if (
        following &&
        (NOUN_ROLES.has(following.role) ||
          following.role === 'slur' ||
          (following.role === 'predicate' && (following.kind === 'insult' || following.kind === 'dehumanise')))
      )
        continue
      out.push({ kind: 'thing', index: m.first, clause: c })
      continue
    }
    // "gordas são preguiçosas": a word that is both an attribute and a group, at the head of its clause
    if (m.role === 'predicate' && m.alt) {
      const asNoun = m.alt.find((a) => a.role === 'group' || a.role === 'person')
      const before = mentions[mi - 1]
      const clauseHead =
        m.first === 0 ||
        clause[m.first - 1] !== c ||
        before?.role === 'universal' ||
        before?.role === 'thingPronoun' ||
        // "Odeio gordos", "mátenlos a los gordos": the object of contempt or a threat
        (before?.role === 'predicate' &&
          before.last === m.first - 1 &&
          (before.kind === 'contempt' || before.kind === 'threat')) ||
        // "las gordas son …", "os gordos …": an article at the head of the clause
        (articlesArePronouns &&
          before?.last === m.first - 1 &&
          ARTICLES.has(tokens[before.first].norm) &&
          (before.first === 0 || clause[before.first - 1] !== c || afterPreposition(tokens, before.first)))
      if (asNoun && clauseHead)
        out.push({ kind: asNoun.role === 'group' ? 'group' : 'person', index: m.first, clause: c, group: asNoun.group })
      continue
    }
    if (m.role === 'thing') out.push({ kind: 'thing', index: m.first, clause: c })
    else if (m.role === 'part') out.push({ kind: 'person', index: m.first, clause: c })
    else if (m.role === 'person') out.push({ kind: 'person', index: m.first, clause: c })
    else if (m.role === 'group' || m.role === 'slur') {
      // "cabelo preto", "gato negro", "celular chino": in Spanish and Portuguese a one-word group right
      // after a thing or a body part describes it (in Malay and Indonesian it owns it: "toko Cina")
      const prev = mi > 0 ? mentions[mi - 1] : undefined
      const describes =
        articlesArePronouns &&
        m.first === m.last &&
        prev &&
        prev.last === m.first - 1 &&
        clause[prev.last] === c &&
        (prev.role === 'thing' || prev.role === 'part')
      if (!describes) out.push({ kind: 'group', index: m.first, clause: c, group })
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue
    const t = tokens[i]
    const handle = t.start > 0 && text.charCodeAt(t.start - 1) === 64 // "@maya"
    const sentenceStart = i === 0 || sentence[i - 1] !== sentence[i]
    let name = handle || (t.titlecase && !sentenceStart)
    // "Jamie is mean." but not "Rats are pests" or "Cheating is wrong" (plurals and verb forms)
    if (!name && t.titlecase && sentenceStart && !/(s|ing)$/.test(t.norm) && !known?.has(t.norm)) {
      const next = mentionAt.get(i + 1)
      // "Siti itu murahan": in the languages where the demonstrative follows its noun, so does "itu"
      name =
        next !== undefined &&
        (next.role === 'copula' ||
          next.role === 'predicate' ||
          (next.role === 'thingPronoun' && POSTPOSED_DEMONSTRATIVES.has(tokens[i + 1].norm)))
    }
    if (name) out.push({ kind: 'name', index: i, clause: clause[i] })
  }
  out.sort((a, b) => a.index - b.index)
  // "Siti itu murahan", "Bayu ni pengotor": a demonstrative right after a name points at the name
  // (names are found after the demonstratives, so this is settled here)
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i]
    // Tagalog puts it before: "sinungaling yang si Andrea", "iyan si Bea"
    const next = out[i + 1]
    if (
      r.kind === 'thing' &&
      next?.kind === 'name' &&
      next.index === r.index + 2 &&
      tokens[r.index + 1].norm === 'si' &&
      mentionAt.get(r.index)?.role === 'thingPronoun'
    ) {
      out.splice(i, 1)
      continue
    }
    if (i > 0 && r.kind === 'thing' && out[i - 1].kind === 'name' && out[i - 1].index === r.index - 1)
      if (mentionAt.get(r.index)?.role === 'thingPronoun' && POSTPOSED_DEMONSTRATIVES.has(tokens[r.index].norm))
        out.splice(i, 1)
  }
  if (possessorFollows) markPostposedOwners(out, tokens)
  return out
}

/** Malay, Indonesian and Tagalog demonstratives that follow their noun ("Siti itu", "Bayu ni"). */
const POSTPOSED_DEMONSTRATIVES = new Set(['itu', 'ini', 'tu', 'ni', 'yan', 'yun', 'iyan', 'iyon'])

/** "casa de", "rumah", "akun ni": words allowed between a thing and the person who owns it. */
const OF = new Set('de do da dos das del ni nina ng ni kay nila'.split(' '))

/** "rumah Andi", "akun si Rina", "la casa de Juan": a person right after a thing owns it. */
function markPostposedOwners(refs: Referent[], tokens: readonly AnalysisToken[]): void {
  for (let i = 0; i + 1 < refs.length; i++) {
    const thing = refs[i]
    const next = refs[i + 1]
    if (thing.kind !== 'thing' || thing.owner || next.clause !== thing.clause || !HURTABLE.has(next.kind)) continue
    let k = thing.index + 1
    while (
      k < next.index &&
      (OF.has(tokens[k].norm) ||
        tokens[k].norm === 'si' ||
        tokens[k].norm === 'el' ||
        tokens[k].norm === 'la' ||
        tokens[k].norm === 'o' ||
        tokens[k].norm === 'a')
    )
      k++
    if (k === next.index && next.index - thing.index <= 3) thing.owner = next.kind
  }
}

/** A grammar module's hit: the span of tokens [first, last] and the one it is aimed at. */
export interface GrammarHit<T = Referent> {
  first: number
  last: number
  target: T
}

export const HURTABLE = new Set<ReferentKind>(['second', 'third', 'person', 'group', 'name'])

/**
 * An article after a preposition starts a noun phrase that is no predicate: "amo a los gordos", "una
 * fiesta con los gordos", "muchos de los gordos" name the group ("es la gorda del salón" says it).
 */
/** Spanish "lo": the neuter article ("lo peor", "lo máximo"). */
const NEUTER_ARTICLES = new Set(['lo'])
const PREPOSITIONS = new Set('a con de en para por sin entre contra com em pra pro sem'.split(' '))
function afterPreposition(tokens: readonly AnalysisToken[], article: number): boolean {
  return article > 0 && PREPOSITIONS.has(tokens[article - 1].norm)
}
