import type { Layout } from './frames'
import type { Referent } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Story narration of mockery: "They laughed at him in the hallway", "Se burlaron de cómo habla mi
 * abuelo", "Bertahun-tahun ia diejek karena logatnya", "Pinagtawanan siya ng buong canteen". The
 * line tells what others did to someone; it does not mock anyone itself. That is the shape of every
 * #CreateKindness story before its turn, so the lint must leave it alone.
 *
 * Narrated: the verb of mocking is said of a third person (not "you", not the speaker: "I'm laughing
 * at you", "we laughed at him lol"), and either its form is past or passive, or the language marks
 * no tense (Malay, Indonesian, Tagalog) and both the mockers and the mocked are third persons. A call
 * to join in ("let's", "ayo", "vamos", "tara") is never narration.
 */

/** Past and passive forms of a mocking verb, by its ending or beginning (accents folded). */
const PAST: Record<string, RegExp> = {
  en: /(ed|made|got|was|were)$/,
  'pt-BR': /(aram|eram|iram|ou|ava|avam|ia|iam|ado|ada|ados|adas)$/,
  'es-MX': /(aron|ieron|aba|aban|ia|ian|ado|ada|ados|adas)$/,
  id: /^(di|ter)/,
  ms: /^(di|ter)/,
  fil: /^(pinag|tinu|ni|in)|in[a-z]+an$/
}
/** Languages that mark no tense on the verb: third-person mockers and mocked are narration. */
const UNTENSED = new Set(['id', 'ms', 'fil'])
const JOIN_IN: Record<string, string[]> = {
  en: ['let', 'lets', 'go'],
  'pt-BR': ['vamos', 'bora', 'partiu', 'galera'],
  'es-MX': ['vamos', 'hay', 'banda'],
  id: ['ayo', 'yuk', 'kuy', 'mari'],
  ms: ['jom', 'mari', 'marilah'],
  fil: ['tara', 'tayo', 'natin']
}
const JOIN_SETS = setsByLocale(JOIN_IN)
const THIRD = new Set(['third', 'person', 'group', 'name'])

/** Laughter marks the speaker laughing along: "Hahaha tengok muka dia menangis", "feeling artista si ate 🤡". */
const LAUGHING =
  /[\u{1F602}\u{1F923}\u{1F480}\u{1F921}\u{1F644}]|\b(?:(?:a?ha){2,}|(?:he){2,}|l+o+l+|lmf?a+o+|k{3,}|(?:ja){2,}|(?:wk){2,}|ngakak|kwkw)/iu
/** A universal subject with an untensed verb is a call or a claim ("Semua orang ketawain…", "everyone screenshot…"). */
const UNIVERSAL = new Set('everyone everybody semua lahat korang kalian guys geng'.split(' '))
/** Calls to join in, in any of the six locales (code-switched lines mix them). */
const ANY_JOIN = new Set(['let', 'lets', 'jom', 'ayo', 'yuk', 'tara', 'vamos', 'bora'])

export function narratedMockery(
  layout: Layout,
  refs: readonly Referent[],
  first: number,
  locale: string,
  text: string
): boolean {
  const past = PAST[locale]
  const join = JOIN_SETS.get(locale)
  if (!past || !join) return false
  const { tokens, sentence, mentions } = layout
  const s = sentence[first]
  const inSentence = refs.filter((r) => sentence[r.index] === s)
  // "you" or "yours", the speaker or the speaker's own: not a story about others
  if (inSentence.some((r) => r.kind === 'second' || r.kind === 'first' || r.owner === 'second')) return false
  if (mentions.some((m) => sentence[m.first] === s && m.role === 'secondPossessive')) return false
  let start = -1
  let end = -1
  for (let k = 0; k < tokens.length; k++) {
    if (sentence[k] !== s) continue
    if (start < 0) start = tokens[k].start
    end = tokens[k].end
    if (join.has(tokens[k].norm) || ANY_JOIN.has(tokens[k].norm)) return false
  }
  // the emoji after the last word belong to the sentence too
  if (LAUGHING.test(text.slice(start, Math.min(text.length, end + 12)))) return false
  const mockers = inSentence.filter((r) => r.index < first)
  const mocked = inSentence.filter((r) => r.index > first)
  if (!inSentence.some((r) => THIRD.has(r.kind))) return false
  // "the boy they once teased", "ia diejek", "they laughed at him", "se burlaron de…"
  const verb = tokens[first].norm
  const before = first > 0 && sentence[first - 1] === s ? tokens[first - 1].norm : ''
  if (past.test(verb) || (locale === 'en' && /^(was|were|got|been)$/.test(before))) return true
  if (!UNTENSED.has(locale)) return false
  for (let k = 0; k < first; k++) if (sentence[k] === s && UNIVERSAL.has(tokens[k].norm)) return false
  return [...mockers, ...mocked].every((r) => THIRD.has(r.kind) || r.kind === 'thing')
}
