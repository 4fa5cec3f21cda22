import type { FindingKind, PredicateKind } from './lexicon-schema'
import { wordHasRole, type CompiledLexicon, type Role } from './lexicon'
import { nearPeopleWord } from './spelling'
import { findMentions, PERSON_ROLES, type Mention } from './mentions'
import { findConditionalDeath } from './dead-if'
import { findConditionalOutcomes } from './outcome-if'
import { findLikenedToBeasts } from './likened'
import { findDeniedRights } from './rights'
import { findAroundGroup } from './around-group'
import { findDisplayShame } from './display-shame'
import { comparedToSpeaker, findNobodyWill } from './nobody-will'
import { findReferents, HURTABLE, type GrammarHit, type Referent, type ReferentKind } from './referents'
import { framesAt, indexFrames, type FrameData, type FrameFlag, type Layout } from './frames'
import type { AnalysisToken } from './prepare-tokens'
import { cliticPerson } from './morphology'
import { findMockery } from './mockery'
import { findCampaigns, PILE_ON_TEXTS } from './campaign'
import { findImagined } from './imagine'
import { findBans } from './bans'
import { findHarm } from './harm'
import { findNormativeHarm } from './normative'
import { findMaker } from './maker'
import { findExclusion } from './exclusion'
import { findHopeless } from './hopeless'
import { findIntactThreats } from './intact'
import { findLeakThreats } from './leak'
import { narratedMockery } from './narration'
import { fictionSentences } from './fiction'
import { opinionOpeners, withoutOpenerFrames } from './opinion'
import { findDoxxing } from './doxxing'
import { thingAntecedent } from './plural-antecedent'
import { topicHead } from './topic-of'
import { findRefusedRegard } from './refused-regard'
import { findNoneGood } from './none-good'
import { findDeniedHumanity } from './humanity'
import { findArrivalBlame } from './arrival-blame'
import { findPests } from './pests'
import { counteredOutside, findHarmCalls } from './call-for-harm'
import { findComparisons, negatesIntoSuperlative, NOTHING, THAN } from './comparative'
import { othersViews } from './others-views'
import { harmerSentences } from './against-harmers'
import { isEventNoun, namesHarmDone } from './harm-noun'
import { deniedReason, qualifiesReason } from './no-reason'
import { findSarcasm } from './sarcasm'
import { TRIGGER, triggerMask } from './triggers'
import { findWhyStereotypes } from './why-stereotype'
import { rhetoricalNegators, suggestingNegators } from './rhetorical'
import { AND, PREPOSITIONS, RELATIVE, THREAT_CONDITION, WHY, WITH } from './closed-class'
import { findStereotypes } from './stereotype'
import { findDeathWishes } from './wishes'
import { isExclamation } from './exclamation'
import { copulaBefore, copulaSubject, relativeClauseSubject } from './copula-subject'

/** What the sentence analysis concluded about one stretch of a line. */
export interface Finding {
  kind: FindingKind
  first: number
  last: number
  /** Who the words are about; 'implicit' = the addressee of an imperative ("just give up"). */
  target: ReferentKind | 'implicit' | 'none'
  group?: string
  /** Frames that lower the verdict (empty = the words hurt someone as written). */
  frames: FrameFlag[]
  obfuscated: boolean
  /** A slur's neutral term. */
  neutral?: string
  /** A more specific rule id slug and texts than the kind's ("pile-on" for a harassment campaign). */
  special?: { slug: string; explanation: string; suggestions: string[] }
}

/** Predicates whose target is usually after them ("I hate X", "kill X", "laughs at X"). */
const OBJECT_FIRST = new Set<PredicateKind>(['contempt', 'threat', 'mockery'])
/** Predicates that say what someone is: a rhetorical negative question asserts them. */
const DESCRIBING = new Set<PredicateKind>(['attribute', 'insult', 'dehumanise', 'shaming'])
/** Kinds that are acts wished on someone: a negated "why" suggests them ("Why don't you just die?"). */
const SUGGESTED = new Set<PredicateKind>(['threat', 'exclusion', 'selfHarm'])
/** Predicates that hurt the addressee when no one is named ("just give up", "go die"). */
const IMPERATIVE = new Set<PredicateKind>(['exclusion', 'hopeless', 'selfHarm', 'shaming'])
/**
 * Words that carry a previous clause's predicate onto a new target ("… and so are you", "… igual
 * que tú", "… dia lagi buruk", "… and you're even worse"). A short clause with one of these, a person
 * and no predicate, negator or reported speech of its own is an echo (isEchoClause).
 */
const ECHO_MARKERS = new Set(
  'so too also like just same worse worst bigger either juga jugak pun lagi din rin pati tulad katulad gaya parang macam seperti kayak sama igual igualito igualita igualzinho igualzinha nem tambem tambien mesmo mismo pior peor peores piores'.split(
    ' '
  )
)

function hasWordIn(tokens: readonly AnalysisToken[], words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k].norm)) return true
  return false
}

/**
 * Whether `thing` sits in prepositional phrases hanging on `head`: "fans of that band", "fans of the
 * new band", "people from the town in Texas". Only determiners, nouns of things and one other word
 * (an adjective) may stand between a preposition and its noun, and each preposition follows the head
 * or the noun of the phrase before: in "the Muslims at the cinema all agreed the film was trash" a
 * verb stands there, and in "as travestis do meu prédio acharam o café da padaria nojento" the
 * bakery hangs on the coffee.
 */
function prepositionGoverns(layout: Layout, head: number, thing: number): boolean {
  const { tokens, mentions } = layout
  let at = thing
  for (let hops = 0; hops < 4; hops++) {
    let spare = 1
    let prep = -1
    for (let k = at - 1; k > head; k--) {
      const w = tokens[k].norm
      if (PREPOSITIONS.has(w) || CONTRACTED_PREPOSITIONS.has(w)) {
        prep = k
        break
      }
      if (ARTICLE_WORDS.has(w) || DEMONSTRATIVES.has(w)) continue
      if (mentions.some((m) => m.first <= k && m.last >= k && NOUN_PHRASE_ROLES.has(m.role))) continue
      if (spare-- > 0) continue
      return false
    }
    if (prep < 0) return false
    // "os haitianos aqui do bairro": one word (a place adverb) may stand between
    if (prep - 1 === head || (prep - 2 === head && !mentions.some((m) => m.first <= prep - 1 && m.last >= prep - 1)))
      return true
    const noun = mentions.find((m) => m.last === prep - 1 && m.role === 'thing')
    if (!noun) return false
    at = noun.first
  }
  return false
}
/** Portuguese and Spanish prepositions and contractions besides the shared list ("no áudio do zap"). */
const CONTRACTED_PREPOSITIONS = new Set(
  'no na nos nas em num numa pelo pela pelos pelas com en con al por para'.split(' ')
)
const NOUN_PHRASE_ROLES = new Set<Role>([
  'thing',
  'thingPronoun',
  'firstPossessive',
  'secondPossessive',
  'thirdPossessive'
])

const DEMONSTRATIVES = new Set(
  'this that these those ese esa esos esas este esta estos estas aquel aquella esse essa esses essas aquele aquela itu ini tu ni yan iyan ito iyon yung'.split(
    ' '
  )
)
function demonstrativeNoun(layout: Layout, first: number, last: number): boolean {
  const { tokens, mentions } = layout
  // "está" folds to "esta" (this): as a copula it says the noun of something else ("essa pizza está uma merda")
  if (mentions.some((m) => m.role === 'copula' && m.last === first - 1)) return false
  const before = first > 0 ? tokens[first - 1].norm : ''
  const hasDem =
    DEMONSTRATIVES.has(tokens[first].norm) ||
    DEMONSTRATIVES.has(before) ||
    (last + 1 < tokens.length && DEMONSTRATIVES.has(tokens[last + 1].norm))
  if (!hasDem) return false
  const start = DEMONSTRATIVES.has(before) ? first - 1 : first
  // after the lexicon's copula it is said of something else ("this film is a joke")
  return !mentions.some((m) => m.role === 'copula' && m.last === start - 1)
}

const PRONOUN_ROLES = new Set(['thingPronoun', 'first', 'second', 'third'])

/** Linkers between an adjective and its noun ("pangit na pelikula", "pangit ng boses"). */
const LINKERS = new Set(['na', 'ng'])

export interface AnalysisInput {
  tokens: readonly AnalysisToken[]
  text: string
  /** Sentence and clause per token (from punctuation). */
  sentence: Int32Array
  clause: Int32Array
  quotes: readonly [number, number][]
  lex: CompiledLexicon
  frameData: FrameData
}

export interface Analysis {
  findings: Finding[]
  layout: Layout
  referents: Referent[]
  frames: ReturnType<typeof indexFrames>
  mentions: Mention[]
}

/**
 * Portuguese copulas as written words: inside a lexicon phrase ("estava um lixo") a copula is no
 * mention of its own, and the lexicon's copula list lacks the imperfect ("estava", "tava").
 */
const PT_COPULAS = new Set('era foi sao sou somos estava estavam esta estao ta tava fica ficou'.split(' '))

/**
 * Portuguese "e" is both "and" and an unaccented "é" (is), and the lexicon reads it as the copula. Before
 * a person and an echo word that ends the sentence ("Tua música é um lixo e você também"), or before
 * another copula, it is "and".
 */
function echoAnds(
  tokens: readonly AnalysisToken[],
  sentence: Int32Array,
  mentions: readonly Mention[],
  text: string
): number[] {
  const out: number[] = []
  // (from the second mention: an "e" that opens the line has no clause before it to echo)
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]
    const k = m.first
    if (m.role !== 'copula' || tokens[k].norm !== 'e') continue
    // "…com os colegas do trabalho e o filme era um lixo": another copula follows, so this one is "and"
    // (written "e": "é" folds to the same word)
    const written = text.slice(tokens[k].start, tokens[k].end)
    if (
      (written === 'e' || written === 'E') &&
      (mentions.some(
        (x) => x.role === 'copula' && x.first > k && x.first <= k + 6 && sentence[x.first] === sentence[k]
      ) ||
        tokens.some((t, j) => j > k && j <= k + 6 && sentence[j] === sentence[k] && PT_COPULAS.has(t.norm)))
    ) {
      out.push(k)
      continue
    }
    const who = mentions[i + 1]
    if (!who || who.first !== k + 1 || !PERSON_ROLES.has(who.role)) continue
    const end = who.last + 1
    if (end >= tokens.length || !ECHO_MARKERS.has(tokens[end].norm) || sentence[end] !== sentence[k]) continue
    if (end + 1 < tokens.length && sentence[end + 1] === sentence[k]) continue
    out.push(k)
  }
  return out
}

/** Clause ids with extra breaks at conjunctions ("…, and", "but", "because") and at `extra` positions. */
function splitClauses(clause: Int32Array, mentions: readonly Mention[], extra: readonly number[] = []): Int32Array {
  const breaks = mentions.filter((m) => m.role === 'clauseBreak').map((m) => m.first)
  if (extra.length) {
    breaks.push(...extra)
    breaks.sort((a, b) => a - b)
  }
  if (!breaks.length) return clause
  const out = new Int32Array(clause.length)
  let shift = 0
  let b = 0
  for (let i = 0; i < clause.length; i++) {
    while (b < breaks.length && breaks[b] <= i) {
      if (breaks[b] === i && i > 0) shift++
      b++
    }
    out[i] = clause[i] + shift
  }
  return out
}

function nearest(
  refs: readonly Referent[],
  clause: number,
  from: number,
  to: number,
  dir: 1 | -1
): Referent | undefined {
  if (dir === -1) {
    for (let i = refs.length - 1; i >= 0; i--) if (refs[i].clause === clause && refs[i].index < from) return refs[i]
    return undefined
  }
  for (const r of refs) if (r.clause === clause && r.index > to) return r
  return undefined
}

/** The referent right after an adjective ("stupid film", "pangit na pelikula"): attributive use. */
function attributive(
  refs: readonly Referent[],
  tokens: readonly AnalysisToken[],
  last: number,
  mentions: readonly Mention[]
): Referent | undefined {
  let k = last + 1
  if (k < tokens.length && LINKERS.has(tokens[k].norm)) k++
  // a pronoun is not a noun the adjective modifies ("so ugly it hurts", "ese pendejo me pegó")
  if (mentions.some((m) => m.first === k && PRONOUN_ROLES.has(m.role))) return undefined
  return refs.find((r) => r.index === k)
}

/**
 * A pronoun inside the predicate's own words ("te odio", "nobody wants you") or a clitic on its verb
 * ("mátalos") is its target. A first-person one is the speaker doing it ("I hate"), not a target.
 */
function innerTarget(
  layout: Layout,
  lex: CompiledLexicon | null,
  first: number,
  last: number,
  kind?: PredicateKind
): Referent | undefined {
  if (!lex) return undefined
  // "Eu os odeio", "Yo los odio": an object clitic opening a verb phrase of the lexicon is "them"
  // (a verb's phrase: "o pior" in "Sou o pior jogador" is an article)
  if (
    last > first &&
    (kind === 'contempt' || kind === 'threat') &&
    CLITICS.has(layout.tokens[first].norm) &&
    (lex.locale === 'pt-BR' || lex.locale === 'es-MX')
  )
    return { kind: 'third', index: first, clause: layout.clause[first] }
  for (let k = first; k <= last; k++) {
    const t = layout.tokens[k]
    // an article after a preposition is not "him" ("… en el estómago"; "nadie la soporta" is "her")
    if (
      k > first &&
      k < last &&
      ARTICLE_WORDS.has(t.norm) &&
      CONTRACTED_PREPOSITIONS.has(layout.tokens[k - 1].norm) &&
      (lex.locale === 'es-MX' || lex.locale === 'pt-BR')
    )
      continue
    const person = lex.pronounOf.get(t.norm) ?? (lex.known.has(t.norm) ? null : cliticPerson(t.norm, lex.locale))
    if (person === 'second' || person === 'third') return { kind: person, index: k, clause: layout.clause[k] }
  }
  // "keep muslims out", "death to all jews": a group named inside a verb's phrase is its object
  if (kind && GROUP_OBJECT.has(kind))
    for (let k = first + 1; k <= last; k++) {
      const group = groupOf(lex, layout.tokens, k)
      if (group) return { kind: 'group', index: k, clause: layout.clause[k], group }
    }
  return undefined
}

const GROUP_OBJECT = new Set<PredicateKind>([...OBJECT_FIRST, 'exclusion'])

/** The identity group named from token `k` on, alone or running past the phrase ("ayoko sa mga" + "mga itim"). */
function groupOf(lex: CompiledLexicon, tokens: readonly AnalysisToken[], k: number): string | undefined {
  const m = lex.roles.matchAt(tokens, k).find((m) => m.value.role === 'group')
  // "mga itim na damit": a Tagalog linker after it makes the word describe a noun (black clothes)
  if (!m || (m.last + 1 < tokens.length && LINKER.has(tokens[m.last + 1].norm))) return undefined
  return m.value.group
}
const LINKER = new Set(['na', 'ng'])

/** An object the lexicon does not know, right after the verb or its article, one slip from a person or group word. */
function slippedObject(layout: Layout, lex: CompiledLexicon | null, last: number): Referent | undefined {
  if (!lex) return undefined
  const { tokens, clause } = layout
  for (let k = last + 1; k <= last + 2 && k < tokens.length && clause[k] === clause[last]; k++) {
    const w = tokens[k].norm
    if (!lex.known.has(w) && !lex.guard.has(w))
      return nearPeopleWord(w, lex.spell.alphabet, (c) => wordHasRole(lex, c, PEOPLE_ROLES))
        ? { kind: 'group', index: k, clause: clause[k] }
        : undefined
    if (!ARTICLES.has(w)) return undefined
  }
  return undefined
}
/** Tagalog markers of the one a verb is done to ("ang", "si"). */
const ANG = new Set(['ang', 'si', 'sina'])
const PEOPLE_ROLES: ReadonlySet<Role> = new Set<Role>(['group', 'person', 'slur'])
const ARTICLES = new Set('the os as los las o a el la mga ang sa ng kay ke sama'.split(' '))

/** Malay and Indonesian normative passives: a modal of obligation and a di- verb ("harus diusir", "patut dihalau"). */
const passiveNormative = (tokens: readonly AnalysisToken[], first: number, last: number) => {
  let modal = false
  let passive = false
  for (let k = Math.max(0, first - 2); k <= last; k++) {
    if (NORMATIVE.has(tokens[k].norm)) modal = true
    if (k >= first && /^di[a-z]{3,}/.test(tokens[k].norm)) passive = true
  }
  return modal && passive
}
const NORMATIVE = new Set('harus wajib mesti perlu patut sepatutnya seharusnya kena'.split(' '))

/** Words that open a clause about a way of acting: "how", "cómo", "como", "cara", "paano". */
const MANNER = new Set('how como cara bagaimana gimana paano kung'.split(' '))
/** Causatives: "X makes me sick", "X bikin gue muak", "X buat aku meluat". */
const CAUSATIVE = new Set('make makes made making bikin bikinin bkin buat membuat mbuat'.split(' '))
/** Verbs whose object is the one who feels ("women disgust me"): their subject is the target. */
const EXPERIENCER_OBJECT = /^(disgust|sicken|repuls|revolt|nauseat|gross)/

/** Harm done to someone's things is aimed at them ("burn their house", "serang akun Rina", "laugh at your post"). */
const HARMS_OWNER = new Set<PredicateKind>(['threat', 'mockery'])

export function resolveTarget(
  kind: PredicateKind,
  refs: readonly Referent[],
  layout: Layout,
  first: number,
  last: number,
  lex: CompiledLexicon | null = null
): Referent | 'implicit' | 'none' {
  const t = resolveTargetByPosition(kind, refs, layout, first, last, lex)
  const thing = typeof t !== 'string' ? thingAntecedent(refs, layout, t, first) : undefined
  if (thing) return thing
  if (typeof t !== 'string' && lex && (lex.locale === 'es-MX' || lex.locale === 'pt-BR')) {
    // (not when the predicate's own words name "you": "de la verga igual que tú")
    const addressed = namesYou(layout.tokens, lex, first, last)
    const antecedent =
      t.index >= first - 1 && t.index <= last && !addressed ? cliticAntecedent(refs, layout, t) : undefined
    if (antecedent) return antecedent
  }
  // "Soy la persona más floja del mundo": a person noun after "I am" is the speaker
  if (typeof t !== 'string' && t.kind === 'person') {
    let k = t.index - 1
    while (k >= 0 && ARTICLE_WORDS.has(layout.tokens[k].norm)) k--
    const speaker = refs.find((r) => r.index === k && r.kind === 'first')
    if (speaker && k < t.index - 1) return speaker
  }
  if (typeof t !== 'string' && t.kind === 'thing' && t.owner && HURTABLE.has(t.owner) && HARMS_OWNER.has(kind))
    return { kind: t.owner, index: t.index, clause: t.clause }
  // "mulher no volante é tudo burra", "women at the wheel are…": a thing in a place phrase after
  // the person or group, before what is said, says where they are; what is said is said of them
  if (
    typeof t !== 'string' &&
    t.kind === 'thing' &&
    t.index > 0 &&
    t.index < first &&
    PLACE_PREPOSITIONS.has(layout.tokens[t.index - 1].norm)
  ) {
    const before = refs.findLast((r) => r.index < t.index - 1 && r.clause === t.clause && HURTABLE.has(r.kind))
    if (before) return before
  }
  // "She's the class slut", "he's the office idiot": a thing noun right before an insult noun only
  // says which one; the insult is said of the copula's subject
  if (
    typeof t !== 'string' &&
    t.kind === 'thing' &&
    t.index === first - 1 &&
    (kind === 'insult' || kind === 'dehumanise')
  ) {
    const subject = copulaSubjectBefore(refs, layout, t)
    if (subject) return subject
  }
  // "Aku tak nak kawan dengan dia", "Benci betul aku dengan engkau": the speaker is the subject
  // when someone else is named in the same clause
  // (not for what is said of the subject: "Soy pésimo para las mates" is about the speaker)
  if (typeof t !== 'string' && t.kind === 'first' && (OBJECT_FIRST.has(kind) || kind === 'exclusion')) {
    const other = refs.find((r) => r.clause === t.clause && r.index > last && HURTABLE.has(r.kind))
    if (other) return other
  }
  return t
}

/**
 * Spanish, Portuguese, Malay, Indonesian and Tagalog drop a subject the previous sentence named: "Conocí
 * a unos gays. Son asquerosos.", "Orang Cina? Semua sampah." A predicate with no one in its own
 * sentence, opened by a copula or an "all" word ("Son …", "Semua …"), is said of the last person or
 * group the sentence before named, unless a thing came after them there ("Vinieron los migrantes a la
 * junta. Aburrida…", "Maraming Muslim sa palengke. Ang dumi.": the meeting, the market).
 */
const UNIVERSAL_OR_COPULA = new Set<Role>(['universal', 'copula'])

function droppedSubject(
  refs: readonly Referent[],
  layout: Layout,
  first: number,
  lex: CompiledLexicon
): Referent | undefined {
  const { sentence, mentions } = layout
  const s = sentence[first]
  if (s === 0 || refs.some((r) => sentence[r.index] === s)) return undefined
  let start = first
  while (start > 0 && sentence[start - 1] === s) start--
  // (a predicate phrase that opens with "all" or a copula opens the sentence itself: "Semua
  // penipu.", "São todos lixo.")
  if (start === first && !wordHasRole(lex, layout.tokens[first].norm, UNIVERSAL_OR_COPULA)) return undefined
  // every word before the predicate is a copula or "all"
  let covered = start
  for (const m of mentions) {
    if (m.last < start || m.first >= first) continue
    if (m.first !== covered || (m.role !== 'copula' && m.role !== 'universal')) return undefined
    covered = m.last + 1
  }
  if (covered !== first) return undefined
  const before = refs.filter((r) => sentence[r.index] === s - 1)
  const last = before.at(-1)
  return last && (last.kind === 'group' || last.kind === 'third') ? last : undefined
}

/**
 * "Son lo peor, los chilangos", "São uns lixos, esses crentes": a clause that opens with a copula
 * and names no one takes its subject from a short clause after it in the same sentence.
 */
function dislocatedSubject(refs: readonly Referent[], layout: Layout, first: number): Referent | undefined {
  const { sentence, clause, mentions, tokens } = layout
  const c = clause[first]
  let start = first
  while (start > 0 && clause[start - 1] === c) start--
  if (!mentions.some((m) => m.role === 'copula' && m.first === start)) return undefined
  return refs.find(
    (r) =>
      sentence[r.index] === sentence[first] &&
      clause[r.index] > c &&
      HURTABLE.has(r.kind) &&
      clauseLength(clause, tokens.length, r.index) <= 3
  )
}

/** Adds a grammar module's finding unless one of the same sort already covers its words. */
function addUncovered(findings: Finding[], f: Finding, sameSort: (g: Finding) => boolean): void {
  if (!findings.some((g) => g.first <= f.last && g.last >= f.first && sameSort(g))) findings.push(f)
}

/** Same sort: an unframed finding of this kind. */
function unframedOf(kind: FindingKind): (g: Finding) => boolean {
  return (g) => g.kind === kind && !g.frames.length
}

/** Whether tokens[first..last] hold a second-person pronoun. */
function namesYou(tokens: readonly AnalysisToken[], lex: CompiledLexicon, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (lex.pronounOf.get(tokens[k].norm) === 'second') return true
  return false
}

const ARTICLE_WORDS = new Set('a an the el la los las un una o os as um uma'.split(' '))
/** Spanish and Portuguese object clitics that are also articles. */
const CLITICS = new Set('lo la los las o a os as'.split(' '))

/**
 * "esa canción es un asco, no la soporto": an object clitic in or right before the predicate stands
 * for the last thing the sentence named before it, when it named no person (gender is not checked).
 */
function cliticAntecedent(refs: readonly Referent[], layout: Layout, t: Referent): Referent | undefined {
  const { tokens, sentence, mentions } = layout
  if (t.kind !== 'third' || !CLITICS.has(tokens[t.index].norm)) return undefined
  // a clitic before a verb: the next word is no noun or other word the article would introduce
  const next = t.index + 1
  if (
    refs.some((r) => r.index === next) ||
    mentions.some((m) => m.first <= next && m.last >= next && m.first > t.index)
  )
    return undefined
  const before = refs.filter((r) => r.index < t.index && sentence[r.index] === sentence[t.index])
  // only things before it: with a person named in the sentence, the clitic may be them
  return before.length && before.every((r) => r.kind === 'thing') ? before.at(-1) : undefined
}

/** Place prepositions (with pt/es contractions): "no volante", "en el trabajo", "sa opisina", "di kantor". */
const PLACE_PREPOSITIONS = new Set('at in on no na nos nas em en sa di kat dekat'.split(' '))

/** A person the clause's copula links to `thing`'s noun phrase: "she" in "she's the class slut". */
function copulaSubjectBefore(refs: readonly Referent[], layout: Layout, thing: Referent): Referent | undefined {
  const copula = layout.mentions.findLast((m) => m.role === 'copula' && m.last < thing.index)
  if (!copula || layout.clause[copula.first] !== thing.clause || thing.index - copula.last > 3) return undefined
  return refs.findLast((r) => r.index < copula.first && r.clause === thing.clause && HURTABLE.has(r.kind))
}

/** Tagalog ng-pronouns: the doer after a patient-focus verb ("patayin mo", "sasaktan ko"); ka/siya/sila are the ones it is done to. */
const AGENT_CLITICS = new Set('mo ko niya nya nila namin natin ninyo niyo nyo'.split(' '))
/** Passive auxiliaries: the subject is the one it happened to. */
const PASSIVE = new Set('got get gets getting was were been being kena terkena dapat fui foi fue fueron'.split(' '))

/** Instruments: "hantam pake kursi", "hit with a chair", "con un palo". */
const INSTRUMENT = new Set('with using pake pakai guna gamit con com'.split(' '))

function resolveTargetByPosition(
  kind: PredicateKind,
  refs: readonly Referent[],
  layout: Layout,
  first: number,
  last: number,
  lex: CompiledLexicon | null
): Referent | 'implicit' | 'none' {
  const { clause, sentence, tokens } = layout
  const inner = innerTarget(layout, lex, first, last, kind)
  if (inner) return inner
  const c = clause[first]
  const before = nearest(refs, c, first, last, -1)
  let after = nearest(refs, c, first, last, 1)
  if (kind === 'threat' && after?.kind === 'thing' && hasWordIn(tokens, INSTRUMENT, last + 1, after.index))
    after = undefined
  if (OBJECT_FIRST.has(kind)) {
    // "women disgust me": the object is the speaker, so the subject is the target
    if (
      kind === 'contempt' &&
      after?.kind === 'first' &&
      before &&
      before.kind !== 'first' &&
      EXPERIENCER_OBJECT.test(tokens[first].norm)
    )
      return before
    // "I hate how people treat refugees", "Odio cómo tratan a…", "Aku benci cara mereka…": what is
    // hated is a way of acting; only "I hate how you …" is aimed at the one addressed
    if (kind === 'contempt' && last + 1 < tokens.length && MANNER.has(tokens[last + 1].norm)) {
      const you = refs.find((r) => r.index > last + 1 && r.index <= last + 3 && r.kind === 'second')
      return you ?? 'none'
    }
    // "Orang Cina tuh bikin gue muak", "Jenis kau ni buat aku meluat", "they make me sick": the one
    // who makes the speaker feel it is the target
    if (
      kind === 'contempt' &&
      before?.kind === 'first' &&
      before.index > 0 &&
      CAUSATIVE.has(tokens[before.index - 1].norm)
    ) {
      const cause = refs
        .filter((r) => r.index < before.index - 1 && sentence[r.index] === sentence[first] && HURTABLE.has(r.kind))
        .at(-1)
      if (cause) return cause
    }
    // Tagalog: the agent clitic follows the verb ("patayin mo ang ilaw", "sasaktan ko siya"); the
    // object, if named, comes after it
    if (after && lex?.locale === 'fil' && after.index === last + 1 && AGENT_CLITICS.has(tokens[after.index].norm)) {
      const object = refs.find((r) => r.clause === c && r.index > after.index)
      if (object) return object
      if (after.kind === 'first') return 'implicit'
    }
    // "Orang Cina harus diusir dari negeri ini", "Pendatang patut dihalau dari negara ni": a normative
    // passive is about its subject, not the place after it
    if (
      kind === 'threat' &&
      after?.kind === 'thing' &&
      before &&
      HURTABLE.has(before.kind) &&
      passiveNormative(tokens, first, last)
    )
      return before
    // "Dapat ipatapon palabas ng bansa ang mga Muslim": in Tagalog the one it is done to comes last,
    // marked by "ang", after any place or thing the verb takes
    if (after?.kind === 'thing' && lex?.locale === 'fil') {
      const patient = refs.find(
        (r) => r.clause === c && r.index > after.index && HURTABLE.has(r.kind) && ANG.has(tokens[r.index - 1]?.norm)
      )
      if (patient) return patient
    }
    if (after) return after
    // "I hate wmen", "odeio os gys": the word the verb takes, one slip from a person or group word
    const slipped = slippedObject(layout, lex, last)
    if (slipped) return slipped
    // "Kalau kau datang lagi, aku pukul": the speaker is the subject; the object is whoever the
    // sentence named before, or the one spoken to
    // "I got stabbed", "aku kena pukul": the speaker is the one hurt, not threatening
    if (kind === 'threat' && before?.kind === 'first' && hasWordIn(tokens, PASSIVE, before.index + 1, first))
      return before
    if (kind === 'threat' && (!before || before.kind === 'first')) {
      for (let i = refs.length - 1; i >= 0; i--)
        if (refs[i].index < first && sentence[refs[i].index] === sentence[first] && HURTABLE.has(refs[i].kind))
          return refs[i]
      return before?.kind === 'first' ? 'implicit' : (before ?? 'implicit')
    }
    if (before) return before
  } else {
    if (kind === 'attribute' || kind === 'insult' || kind === 'dehumanise') {
      const copula = copulaBefore(lex, layout, first)
      const head = copula >= 0 ? relativeClauseSubject(refs, layout, copula) : undefined
      if (head) return head
      const attr = attributive(refs, tokens, last, layout.mentions)
      // "Soy el peor jugador", "you're a stupid person": the noun is predicated of the clause's subject
      const subject = attr?.kind === 'person' ? refs.find((r) => r.clause === c && r.index < first) : undefined
      if (subject && (subject.kind === 'first' || subject.kind === 'second')) return subject
      const described = attr?.kind === 'thing' && copula >= 0 ? copulaSubject(refs, layout, copula) : undefined
      if (described) return described
      if (attr) return attr
    }
    // "Fans of that band are idiots", "Anyone who liked it is brain-dead": skip a thing inside a
    // prepositional phrase or a relative clause for the head noun
    if (before?.kind === 'thing' && first - before.index <= 6) {
      const heads = refs.filter((r) => r.clause === c && r.index < before.index && HURTABLE.has(r.kind))
      // "Cewek yang dia suka itu jelek": the noun the relative clause hangs on, not the subject inside it
      const relativeHead = heads
        .filter((r) => r.index + 1 < tokens.length && RELATIVE.has(tokens[r.index + 1].norm))
        .at(-1)
      if (relativeHead) return relativeHead
      const head = heads.at(-1)
      if (
        head &&
        (prepositionGoverns(layout, head.index, before.index) ||
          hasWordIn(tokens, RELATIVE, head.index + 1, before.index) ||
          // "esses crentes são um rebanho de gado burro": the thing is in what the copula says of them
          layout.mentions.some((m) => m.role === 'copula' && m.first > head.index && m.last < before.index))
      )
        return head
    }
    // "look at this clown trying to dance", "ese pendejo", "anak idiot itu": an insult noun with a
    // demonstrative names a person (not after a copula: "this film is a joke")
    if (kind === 'insult' && demonstrativeNoun(layout, first, last)) return { kind: 'third', index: first, clause: c }
    // "… just like the idiot who wrote it": an insult noun with a relative clause after it is a person
    if (kind === 'insult' && !before && after?.kind === 'thing' && hasWordIn(tokens, RELATIVE, last + 1, after.index))
      return { kind: 'third', index: first, clause: c }
    // "Jokes about gay people aren't funny": what is said is said of the jokes
    const topic = before && HURTABLE.has(before.kind) ? topicHead(refs, layout, before) : undefined
    if (topic) return topic
    const t = before ?? after
    if (t) return t
  }
  // the subject carries over from the previous clause of the sentence ("you're ugly and stupid")
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]
    if (r.index < first && r.clause < c && sentence[r.index] === sentence[first])
      return (HURTABLE.has(r.kind) && topicHead(refs, layout, r)) || r
  }
  return IMPERATIVE.has(kind) ? 'implicit' : 'none'
}

/** The other side in a game. */
const OPPONENTS = new Set(
  'opponent opponents rival rivals rivales lawan lawannya kalaban adversario adversarios oponente oponentes'.split(' ')
)

/** A verb of treating right after `last`, then a word of harshness ("diperlakukan dengan kasar", "treated like that"). */
const TREATED = new Set(
  'treated treat diperlakukan dilayan tratado tratada tratados tratadas tratar tratarte tratem tratarem ituring tratuhin'.split(
    ' '
  )
)
const HARSHLY = new Set(
  'kasar buruk jahat badly harshly cruelly that gitu begitu mal asi assim ganyan masama'.split(' ')
)
function treatedHarshly(tokens: readonly AnalysisToken[], last: number): boolean {
  let k = last + 1
  while (k < tokens.length && k <= last + 3 && TO_BE.has(tokens[k].norm)) k++
  if (k >= tokens.length || !TREATED.has(tokens[k].norm)) return false
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (HARSHLY.has(tokens[j].norm)) return true
  return false
}
/** Between "don't deserve" and "treated": "to be", "ser", "que". */
const TO_BE = new Set('to be ser que a'.split(' '))
/** Negators inside the phrase: only a denied "deserve" protects ("pantas diperlakukan dengan kasar" does not). */
const DENYING = new Set('not don t doesn never no tidak nggak gak ga tak bukan hindi di nao nunca'.split(' '))

/** Words of the "too many …" and "we don't hire …" phrases. */
const CROWDING = new Set('many banyak dami demasiados demasiadas demais ramai hire contrata contratamos'.split(' '))

/** What said of a thing can be said again of its maker: "…and so is whoever made it". */
const MAKER_KINDS = new Set<FindingKind>(['attribute', 'insult', 'dehumanise'])

/** "They laughed at him in the hallway": a story telling what others did is reported, not mockery. */
const narrated = (
  kind: FindingKind,
  target: Finding['target'],
  layout: Layout,
  refs: readonly Referent[],
  first: number,
  locale: string,
  text: string
): FrameFlag[] =>
  kind === 'mockery' && STORY_TARGETS.has(target) && narratedMockery(layout, refs, first, locale, text)
    ? ['quoted']
    : []
const STORY_TARGETS = new Set<Finding['target']>(['third', 'person', 'group', 'name'])

/** Words of illness in a disability label ("mentally ill", "sakit jiwa", "enfermos mentales"). */
const ILLNESS = new Set('ill sick diseased doente doentes enfermo enfermos enferma enfermas jiwa baliw sira'.split(' '))

const NO_OPENERS: ReadonlyMap<number, number> = new Map()
const NO_HEADS: ReadonlySet<number> = new Set()
const NO_INDICES: ReadonlySet<number> = new Set()

/** A grammar module's hit (a span and the one it is aimed at) as a finding. */
function hitFinding(
  kind: FindingKind,
  hit: GrammarHit<Referent | 'implicit'>,
  target: Finding['target'],
  frames: FrameFlag[]
): Finding {
  const group = hit.target === 'implicit' ? undefined : hit.target.group
  return { kind, first: hit.first, last: hit.last, target, ...(group ? { group } : {}), frames, obfuscated: false }
}

function lowered(target: Finding['target']): FrameFlag[] {
  if (target === 'first') return ['self']
  if (target === 'thing') return ['thing']
  return []
}

/** Portuguese and Spanish first-person object clitics ("me mata", "nos están matando"). */
const FIRST_CLITICS = new Set(['me', 'nos'])

/**
 * "O stand-up me matou de rir", "Esse trabalho tá me matando", "Los del gym me están matando con las
 * rutinas": the speaker is the one a threat verb is done to — a complaint or a joke, not a threat to
 * anyone else. Only a one-word verb phrase with "me"/"nos" right before it (or before its auxiliary).
 */
function speakerIsPatient(layout: Layout, first: number, locale: string): boolean {
  if (locale !== 'pt-BR' && locale !== 'es-MX') return false
  const { tokens, sentence } = layout
  for (let k = first - 1; k >= Math.max(0, first - 2) && sentence[k] === sentence[first]; k--) {
    if (FIRST_CLITICS.has(tokens[k].norm)) return true
    if (!AUXILIARIES.has(tokens[k].norm)) return false
  }
  return false
}
const AUXILIARIES = new Set('ta esta estao estan tao vai va van vao'.split(' '))

/** Negated positives are insults: "not good enough", "not welcome", "hindi ka sapat". */
function negatedPositives(
  layout: Layout,
  negators: readonly number[],
  mentions: readonly Mention[]
): { m: Mention; negator: number }[] {
  const out: { m: Mention; negator: number }[] = []
  for (const m of mentions) {
    if (m.role !== 'positive') continue
    const neg = negators
      .filter((k) => k < m.first && k >= m.first - 3 && layout.clause[k] === layout.clause[m.first])
      .at(-1)
    // "Nothing is more beautiful than …", "No one is as loyal as …": praise in a superlative
    const superlative =
      neg !== undefined && NOTHING.has(layout.tokens[neg].norm) && THAN.has(layout.tokens[m.last + 1]?.norm ?? '')
    if (neg !== undefined && !superlative)
      out.push({ m: { ...m, role: 'predicate', kind: 'attribute', first: neg, last: m.last }, negator: neg })
  }
  return out
}

function respelled(tokens: readonly AnalysisToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k].obfuscated || tokens[k].respelled) return true
  return false
}

export function analyze(input: AnalysisInput): Analysis {
  const { tokens, text, sentence, quotes, lex, frameData } = input
  const mentions = findMentions(tokens, lex)
  const clause = splitClauses(
    input.clause,
    mentions,
    lex.locale === 'pt-BR' ? echoAnds(tokens, sentence, mentions, text) : []
  )
  const layout: Layout = { tokens, mentions, clause, sentence, quotes }
  const possessorFollows = lex.locale !== 'en'
  const articlesArePronouns = lex.locale === 'pt-BR' || lex.locale === 'es-MX'
  // a quoted word is mentioned, not used: "Words like "retard" hurt" is not about a group
  const referents = findReferents({
    tokens,
    mentions,
    clause,
    sentence,
    text,
    possessorFollows,
    articlesArePronouns,
    known: lex.known
  }).filter((r) => !quotes.some(([qs, qe]) => tokens[r.index].start > qs && tokens[r.index].end <= qe))
  const mask = triggerMask(tokens, lex.locale)
  // "is it wrong if I say …": the opener's own "if" and "say" frame nothing (opinion.ts)
  const frames = withoutOpenerFrames(
    indexFrames(layout, frameData),
    mask & TRIGGER.opinion ? opinionOpeners(layout, lex.locale) : NO_OPENERS,
    sentence
  )
  // what is said of someone in a rhetorical negative question is asserted ("Isn't she the dumbest…?")
  const rhetorical = rhetoricalNegators(layout, text, frames.negators)
  const describing = rhetorical.size
    ? { ...frames, negators: frames.negators.filter((k) => !rhetorical.has(k)) }
    : frames
  const suggested = frames.negators.length ? suggestingNegators(layout, frames.negators) : NO_INDICES
  const suggesting = suggested.size ? { ...frames, negators: frames.negators.filter((k) => !suggested.has(k)) } : frames
  const findings: Finding[] = []

  // "Las gordas son hermosas": a predicate word standing as the clause's noun is a referent, not a predicate
  const asNoun = new Set(referents.map((r) => r.index))
  const predicates: { m: Mention; negator?: number }[] = mentions
    .filter((m) => m.role === 'predicate' && !(m.alt && asNoun.has(m.first)))
    .map((m) => ({ m }))
  predicates.push(...negatedPositives(layout, frames.negators, mentions))
  predicates.sort((a, b) => a.m.first - b.m.first)
  const byClause = new Map<number, Finding[]>()
  const protectedSentences = new Set<number>()
  const actHeads: ReadonlySet<number> = frames.describedActs.size ? new Set(frames.describedActs.values()) : NO_HEADS

  for (const { m, negator } of predicates) {
    const kind = m.kind!
    if (kind === 'threat' && (isEventNoun(layout, m.first, m.last) || speakerIsPatient(layout, m.first, lex.locale)))
      continue
    const resolved = resolveTarget(kind, referents, layout, m.first, m.last, lex)
    const target =
      resolved === 'none' && lex.locale !== 'en'
        ? (droppedSubject(referents, layout, m.first, lex) ?? dislocatedSubject(referents, layout, m.first) ?? resolved)
        : resolved
    // "death to …", "muerte a …": a slogan that opens its clause and names whom only with what follows
    // ("Death to the patriarchy!" names no one; "su muerte a los 80 años" is no slogan)
    // (kept as aimed at a thing, so the model's second opinion does not take it up either)
    const noOne =
      kind === 'threat' && SLOGAN.has(tokens[m.first].norm) && !sloganTarget(layout, m.first, m.last, target)
    // "There are too many kids in the pool", "We don't hire interns": crowds and hiring are about an
    // identity group or about nobody in particular; kept as aimed at a thing too
    const anyone =
      kind === 'exclusion' &&
      typeof target !== 'string' &&
      target.kind !== 'group' &&
      hasWordIn(tokens, CROWDING, m.first, m.last + 1)
    const targetKind = noOne || anyone ? 'thing' : typeof target === 'string' ? target : target.kind
    if (targetKind === 'none' && (kind !== 'insult' || isExclamation(layout, referents, m.first, m.last, lex.locale)))
      continue
    // "Ninguém vai te amar como eu", "nobody will love you like I do": a declaration, not hopelessness
    if (kind === 'hopeless' && comparedToSpeaker(layout, m.last)) continue
    // "Orang Jawa tidak pantas diperlakukan dengan kasar", "you don't deserve to be treated like
    // that": denying that someone deserves harsh treatment protects them ("… treated like humans" does not)
    const protective =
      kind === 'exclusion' && hasWordIn(tokens, DENYING, m.first, m.last + 1) && treatedHarshly(tokens, m.last)
    if (protective) protectedSentences.add(sentence[m.first])
    // "Jokes that mock Muslims aren't funny", "Saya muak dengan orang-orang yang merendahkan …": a
    // negated praise in a sentence that describes an act against people, or contempt for those who do
    // it, judges the act ("Share the memes that mock gay people, gays are disgusting" still hates)
    const judgesAct =
      frames.describedActs.size > 0 &&
      !frames.describedActs.has(m.first) &&
      (negator !== undefined || (kind === 'contempt' && typeof target !== 'string' && actHeads.has(target.index)))
    // "Tim bola mereka membantai lawannya 5-0", "they destroyed their rivals": a game, not a threat
    const game = kind === 'threat' && hasWordIn(tokens, OPPONENTS, m.last + 1, Math.min(tokens.length, m.last + 3))
    // "… diperlakukan dengan kasar", "tratados mal": the word says how someone is treated
    const manner =
      kind === 'attribute' &&
      protectedSentences.has(sentence[m.first]) &&
      hasWordIn(tokens, TREATED, Math.max(0, m.first - 2), m.first)
    const f: Finding = {
      kind,
      first: m.first,
      last: m.last,
      target: targetKind,
      group: typeof target === 'string' || noOne || anyone ? undefined : target.group,
      frames: [
        ...lowered(targetKind),
        ...thingAsAgent(kind, referents, layout, m.first, lex),
        ...askedWhy(kind, targetKind, referents, layout, m.first),
        ...framesAt(
          layout,
          DESCRIBING.has(kind) ? describing : SUGGESTED.has(kind) ? suggesting : frames,
          m.first,
          m.last,
          kind === 'threat',
          negator
        ),
        ...narrated(kind, targetKind, layout, referents, m.first, lex.locale, text),
        ...(protective ||
        judgesAct ||
        (kind === 'contempt' && deniedReason(layout, m.first)) ||
        qualifiesReason(layout, m.first, m.last)
          ? (['counter-speech'] as const)
          : []),
        ...((kind === 'threat' || kind === 'contempt') && namesHarmDone(layout, m.first, m.last)
          ? (['quoted'] as const)
          : []),
        ...(manner || game ? (['thing'] as const) : [])
      ],
      obfuscated: respelled(tokens, m.first, m.last)
    }
    findings.push(f)
    const list = byClause.get(clause[m.first])
    if (list) list.push(f)
    else byClause.set(clause[m.first], [f])
  }

  // "Your drawings are trash and so are you": a short clause of a target and echo words takes the
  // previous clause's thing-directed predicates onto its person.
  for (const r of referents) {
    if (!HURTABLE.has(r.kind) && r.kind !== 'first') continue
    if (byClause.has(r.clause)) continue
    const prev = previousFindings(byClause, layout, r.index)
    if (!prev || !prev.some((f) => f.target === 'thing')) continue
    if (!isEchoClause(layout, r.clause, frames.negators, mentions)) continue
    for (const f of prev)
      if (f.target === 'thing')
        findings.push({
          ...f,
          target: r.kind,
          group: r.group,
          frames: [...lowered(r.kind), ...f.frames.filter((x) => x !== 'thing')],
          first: r.index,
          last: r.index
        })
  }

  // "trans people are mentally ill", "los gays son enfermos mentales": calling another identity group
  // ill pathologises it ("many old people are deaf", "algumas mulheres são autistas" only describe)
  for (const m of mentions) {
    if (m.role !== 'group' || m.group !== 'disability') continue
    if (!layout.tokens.slice(m.first, m.last + 1).some((t) => ILLNESS.has(t.norm))) continue
    const copula = copulaBefore(lex, layout, m.first)
    const subject = copula >= 0 && copula < m.first ? copulaSubject(referents, layout, copula) : undefined
    if (subject?.kind !== 'group' || subject.group === 'disability') continue
    findings.push(
      hitFinding(
        'attribute',
        { first: m.first, last: m.last, target: subject },
        'group',
        framesAt(layout, frames, m.first, m.last, false)
      )
    )
  }

  // Grammar modules: each hit is a finding unless one of the same sort already covers its words
  const add = addUncovered.bind(null, findings)

  for (const hit of findConditionalDeath(layout, referents, frames.negators)) {
    const kind = hit.target.kind
    add(hitFinding('threat', hit, kind, [...lowered(kind)]), (g) => g.kind === 'threat')
  }
  for (const hit of mask & TRIGGER.likened ? findLikenedToBeasts(layout, referents, lex.locale) : []) {
    const kind = hit.target.kind
    add(
      hitFinding('dehumanise', hit, kind, [...lowered(kind), ...framesAt(layout, frames, hit.first, hit.last, false)]),
      (g) => g.kind === 'dehumanise' || g.kind === 'insult' || g.kind === 'attribute'
    )
  }
  for (const hit of mask & TRIGGER.outcome ? findConditionalOutcomes(layout, referents, lex.locale) : []) {
    const kind = hit.target.kind
    add(
      hitFinding('threat', hit, kind, [...lowered(kind), ...framesAt(layout, frames, hit.first, hit.last, true)]),
      (g) => g.kind === 'threat'
    )
  }
  for (const hit of findDeathWishes(layout, referents, frames.negators, lex.locale)) {
    const kind = hit.target.kind
    add(
      hitFinding('threat', hit, kind, [...lowered(kind), ...framesAt(layout, frames, hit.first, hit.last, true)]),
      (g) => g.kind === 'threat' || g.kind === 'selfHarm'
    )
  }
  for (const hit of findWhyStereotypes(layout, referents, lex.locale))
    add(
      hitFinding('attribute', hit, 'group', framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.target === 'group' && !g.frames.length
    )
  for (const hit of findStereotypes(layout, referents, frames, lex.locale))
    add(
      hitFinding('attribute', hit, 'group', framesAt(layout, frames, hit.first, hit.last, false, hit.negator)),
      (g) => g.target === 'group'
    )
  for (const hit of findMockery(layout, referents, text, lex.locale)) {
    const kind = hit.target.kind
    add(
      hitFinding('mockery', hit, kind, [
        ...lowered(kind),
        ...framesAt(layout, frames, hit.first, hit.last, false),
        ...narrated('mockery', kind, layout, referents, hit.first, lex.locale, text)
      ]),
      unframedOf('mockery')
    )
  }
  for (const hit of findHarm(layout, referents, lex.locale, text))
    add(
      hitFinding('threat', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, true)),
      (g) => g.kind === 'threat'
    )
  // "Motor butut, yang punya lebih butut": the insult on a thing carries over to its maker or owner
  for (const f of findings.some((g) => g.target === 'thing') ? [...findings] : []) {
    if (f.target !== 'thing' || f.frames.length !== 1 || !MAKER_KINDS.has(f.kind)) continue
    const hit = findMaker(layout, f.last, lex.locale, frames.negators)
    if (hit)
      add(
        { ...f, ...hit, target: 'third', frames: framesAt(layout, frames, hit.first, hit.last, false) },
        (g) => g.target !== 'thing'
      )
  }
  // read as a claim, not a promise: "what if …" and "in my story …" frame it
  for (const hit of mask & TRIGGER.normative ? findNormativeHarm(layout, referents, lex.locale) : [])
    add(
      hitFinding('threat', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      unframedOf('threat')
    )
  for (const hit of findHarmCalls(layout, referents)) {
    const flags = framesAt(layout, frames, hit.first, hit.last, false)
    const own = flags.includes('counter-speech') && !counteredOutside(layout, frameData.counterPhrases, hit)
    add(
      hitFinding('threat', hit, hit.target.kind, own ? flags.filter((f) => f !== 'counter-speech') : flags),
      unframedOf('threat')
    )
  }
  for (const hit of [
    ...(mask & TRIGGER.intact ? findIntactThreats(layout, referents, lex.locale) : []),
    ...(mask & TRIGGER.leak ? findLeakThreats(layout, referents, lex.locale) : [])
  ]) {
    const kind = hit.target === 'implicit' ? 'implicit' : hit.target.kind
    add(
      hitFinding('threat', hit, kind, framesAt(layout, frames, hit.first, hit.last, true, hit.first)),
      (g) => g.kind === 'threat'
    )
  }
  for (const hit of mask & TRIGGER.hopeless ? findHopeless(layout, referents, lex.locale) : [])
    add(
      hitFinding('hopeless', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false, hit.first)),
      (g) => g.kind === 'hopeless' || g.kind === 'selfHarm'
    )
  for (const hit of mask & TRIGGER.exclusion ? findExclusion(layout, referents, lex.locale) : [])
    add(
      hitFinding('exclusion', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.kind === 'exclusion'
    )
  for (const hit of findBans(layout, referents, lex.locale))
    add(
      hitFinding('exclusion', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.kind === 'exclusion'
    )
  for (const hit of mask & TRIGGER.nobody ? findNobodyWill(layout, referents, lex.locale) : [])
    add(
      hitFinding('hopeless', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false, hit.first)),
      (g) => g.kind === 'hopeless' || g.kind === 'selfHarm'
    )
  for (const hit of mask & TRIGGER.display ? findDisplayShame(layout, referents, lex.locale) : [])
    add(
      hitFinding('shaming', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.kind === 'shaming'
    )
  for (const hit of mask & TRIGGER.around ? findAroundGroup(layout, referents, lex.locale) : [])
    add(
      hitFinding(hit.kind, hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, hit.kind === 'threat')),
      (g) => g.kind === hit.kind
    )
  for (const hit of mask & TRIGGER.rights ? findDeniedRights(layout, referents, lex.locale) : [])
    add(
      hitFinding('exclusion', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.kind === 'exclusion'
    )
  for (const hit of mask & TRIGGER.noneGood ? findNoneGood(layout, referents, lex.locale) : [])
    add(
      hitFinding('attribute', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      // (a word of the quality read as negated inside it does not count: "nunca conheci … que prestassem")
      (g) => (g.kind === 'attribute' || g.kind === 'insult') && !g.frames.length
    )
  for (const hit of findPests(layout, referents))
    add(
      hitFinding('dehumanise', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.kind === 'dehumanise' && !g.frames.length
    )
  for (const hit of findArrivalBlame(layout, referents))
    add(
      hitFinding('attribute', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.kind === 'attribute' && !g.frames.length
    )
  for (const { hit, kind } of findComparisons(layout, referents, lex.locale)) {
    const flags = framesAt(layout, frames, hit.first, hit.last, false)
    const superlative = flags.includes('negated') && negatesIntoSuperlative(layout, hit.first)
    add(
      hitFinding(kind, hit, hit.target.kind, superlative ? flags.filter((f) => f !== 'negated') : flags),
      (g) => !g.frames.length
    )
  }
  for (const hit of findDeniedHumanity(layout, referents))
    add(
      hitFinding('dehumanise', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      (g) => g.kind === 'dehumanise' && !g.frames.length
    )
  for (const hit of findRefusedRegard(layout, referents, lex.locale)) {
    const kind = hit.target.kind
    add(
      hitFinding('contempt', hit, kind, [...lowered(kind), ...framesAt(layout, frames, hit.first, hit.last, false)]),
      (g) => g.kind === 'contempt' || g.kind === 'exclusion'
    )
  }
  for (const hit of findSarcasm(layout, referents, text, lex.locale))
    add(
      hitFinding('mockery', hit, hit.target.kind, framesAt(layout, frames, hit.first, hit.last, false)),
      unframedOf('mockery')
    )
  for (const hit of findImagined(layout, referents, text))
    add(
      hitFinding(
        'mockery',
        hit,
        hit.target === 'implicit' ? 'implicit' : hit.target.kind,
        // "imagine" is what makes it ridicule here, not a hypothetical
        framesAt(layout, frames, hit.first, hit.last, false).filter((f) => f !== 'hypothetical')
      ),
      unframedOf('mockery')
    )
  for (const hit of [
    ...findCampaigns(layout, referents, lex.locale),
    ...(mask & TRIGGER.doxxing ? findDoxxing(layout, referents, lex.locale) : [])
  ])
    add(
      {
        ...hitFinding(
          'threat',
          hit,
          hit.target.kind === 'thing' ? (hit.target.owner ?? 'third') : hit.target.kind,
          framesAt(layout, frames, hit.first, hit.last, true)
        ),
        special: { slug: 'pile-on', ...(PILE_ON_TEXTS[lex.locale] ?? PILE_ON_TEXTS.en) }
      },
      unframedOf('threat')
    )

  for (const m of mentions) {
    if (m.role === 'slur') findings.push(slurFinding(m, layout, referents, frames, tokens))
    else if (m.role === 'profanity') {
      const aimed = aimedAt(referents, layout, m) ?? innerTarget(layout, lex, m.first, m.last)
      if (aimed)
        findings.push({
          kind: 'profanity',
          first: m.first,
          last: m.last,
          target: aimed.kind,
          frames: [...lowered(aimed.kind), ...framesAt(layout, frames, m.first, m.last, false)],
          obfuscated: respelled(tokens, m.first, m.last)
        })
    }
  }
  // "People who threaten Muslims should be ashamed": blaming those who harm a group defends it —
  // except a threat, and except a later clause about a group of its own ("…, Muslims are trash")
  const harmers = findings.length ? harmerSentences(layout, referents, lex.locale) : NO_HARMERS
  if (harmers.size)
    for (const f of findings) {
      const harm = harmers.get(sentence[f.first])
      if (!harm || f.kind === 'threat' || f.frames.includes('counter-speech')) continue
      if (f.first <= harm.verb && f.last >= harm.verb) continue
      const victim = harm.victim
      // (a later clause about a group, or "they", of its own: "…, they're parasites")
      const ownGroup = clause[f.first] > clause[victim] && (f.target === 'group' || f.target === 'third')
      if (f.first < victim || clause[f.first] === clause[victim] || !ownGroup) f.frames.push('counter-speech')
    }
  // "o governo trata os … como lixo", "si crees que los … no deberían votar, el problema eres tú":
  // someone else's act or view, reported (threats still count)
  const views = findings.length ? othersViews(layout, referents) : []
  if (views.length)
    for (const f of findings)
      if (f.kind !== 'threat' && !f.frames.includes('quoted') && views.some(([a, b]) => f.first > a && f.first <= b))
        f.frames.push('quoted')
  // what a villain says or does to other characters in a story attacks no real person
  const fiction = fictionSentences(layout)
  if (fiction.size)
    for (const f of findings)
      // (the speaker's own disgust at people on screen is still the speaker's: "que asco ver… na novela")
      if (
        f.kind !== 'contempt' &&
        STORY_TARGETS.has(f.target) &&
        fiction.has(sentence[f.first]) &&
        !f.frames.includes('hypothetical')
      )
        f.frames.push('hypothetical')
  return { findings, layout, referents, frames, mentions }
}

/**
 * "Why do people hate migrants?", "¿Por qué la gente odia a los migrantes?", "Kenapa orang benci
 * Cina?": asking why others feel contempt describes it, it does not voice it. Only when the one who
 * hates is someone else (people, they, a group), never "why do I hate…" or "why do you…".
 */
function askedWhy(
  kind: PredicateKind,
  target: Finding['target'],
  refs: readonly Referent[],
  layout: Layout,
  first: number
): FrameFlag[] {
  // "Why does everyone hate you?" still tells the addressee they are hated
  if (kind !== 'contempt' || target === 'second') return []
  const { tokens, sentence } = layout
  const s = sentence[first]
  const start = sentence.indexOf(s)
  if (!tokens.slice(start, Math.min(first, start + 3)).some((t) => WHY.has(t.norm))) return []
  const experiencer = refs.filter((r) => r.index < first && sentence[r.index] === s).at(-1)
  return experiencer && (experiencer.kind === 'person' || experiencer.kind === 'group' || experiencer.kind === 'third')
    ? ['hypothetical']
    : []
}

/** "Words like that hurt people", "the storm will kill us": a thing doing harm is no one's threat. */
function thingAsAgent(
  kind: PredicateKind,
  refs: readonly Referent[],
  layout: Layout,
  first: number,
  lex: CompiledLexicon
): FrameFlag[] {
  if (kind !== 'threat') return []
  // "… you won't make it home", "… eres hombre muerto": the phrase names its own subject (a subject
  // pronoun, not an object clitic: "te va a ir mal" after "si no estudias para el examen")
  if (
    SUBJECT_PRONOUNS.has(layout.tokens[first].norm) ||
    (lex.locale === 'es-MX' && COPULA_YOU.has(layout.tokens[first].norm))
  )
    return []
  // the subject may sit in an earlier clause when quotes or commas split the sentence
  let subject = nearest(refs, layout.clause[first], first, first, -1)
  if (!subject) {
    const earlier = refs.filter((r) => r.index < first && layout.sentence[r.index] === layout.sentence[first])
    subject = earlier.at(-1)
    // "I'm going to find you after school and break your face": a verb joined on after a phrase
    // about a thing shares the sentence's subject, the speaker or the one spoken to
    const opener = earlier[0]
    if (
      subject?.kind === 'thing' &&
      (opener?.kind === 'first' || opener?.kind === 'second') &&
      joinedOn(layout, first, lex.locale)
    )
      subject = opener
  }
  // "Si no me pasas la tarea, te pego": a thing in a condition before the threat is not its subject
  if (subject && layout.clause[subject.index] !== layout.clause[first] && inCondition(layout, subject.index)) return []
  return subject?.kind === 'thing' ? ['thing'] : []
}

/**
 * A slogan opens its clause and its target follows: a group, a person, a name, "you" — not an article
 * read as a pronoun ("Muerte a los zancudos", "los" before a noun the lexicon does not know).
 */
function sloganTarget(layout: Layout, first: number, last: number, target: Referent | 'implicit' | 'none'): boolean {
  if (typeof target === 'string') return false
  if (first > 0 && layout.clause[first - 1] === layout.clause[first]) return false
  // right after it ("Morte aos gays", "morte pra todos os gays"), not further on, nor a thing of
  // someone's ("Morte aos 87 anos do ator")
  if (target.index > last + 3) return false
  const at = layout.mentions.find((m) => m.first === target.index)
  if (at?.role === 'thing') return false
  // a title or a subject, not a slogan: "Death to Smoochy is an underrated movie"
  if (
    layout.mentions.some(
      (m) => m.role === 'copula' && m.first > target.index && layout.clause[m.first] === layout.clause[first]
    )
  )
    return false
  const article =
    target.kind === 'third' && target.index === last + 1 && layout.clause[last + 2] === layout.clause[last]
  return HURTABLE.has(target.kind) && !article
}

const SUBJECT_PRONOUNS = new Set(
  'you u ya he she they tu usted ustedes el ella ellos voce vc ele ela eles lo lu kamu dia kau ko awak ka ikaw siya kayo sila'.split(
    ' '
  )
)
/** Spanish drops the subject: "eres", "estás" say "you" themselves. */
const COPULA_YOU = new Set(['eres', 'estas', 'seras', 'vas'])

/** Death slogans: "death to …", "muerte a …", "morte aos …", "kamatayan sa …". */
const SLOGAN = new Set('death muerte morte kamatayan'.split(' '))

/** The clause holding `index` opens with "and" ("… and break your face"). */
function joinedOn(layout: Layout, index: number, locale: string): boolean {
  const and = AND.get(locale)
  if (!and) return false
  let k = index
  while (k > 0 && layout.clause[k - 1] === layout.clause[index]) k--
  return and.has(layout.tokens[k].norm) || (k > 0 && and.has(layout.tokens[k - 1].norm))
}

/** The findings of the nearest earlier clause of the same sentence that has any ("…, and so is he": "and" is a clause of its own). */
function previousFindings(
  byClause: ReadonlyMap<number, Finding[]>,
  layout: Layout,
  index: number
): Finding[] | undefined {
  const { clause, sentence } = layout
  for (let k = index - 1; k >= 0 && sentence[k] === sentence[index]; k--) {
    if (clause[k] === clause[index]) continue
    const found = byClause.get(clause[k])
    if (found) return found
  }
  return undefined
}

const ECHO_MAX_TOKENS = 7
/** Words an echo clause may hold besides its target and echo words. */
const ECHO_GLUE = new Set(
  'and but or then e y o mas pero at pati dan tapi atau the a an el la los las os as um uma un una ang ng si sa yung nga naman ka are is am eres es sao sou do does did whole even than que ao al with dengan'.split(
    ' '
  )
)

const NO_HARMERS: ReadonlyMap<number, { verb: number; victim: number }> = new Map()

/** Sentence particles that add no word of their own ("… and so are you lol", "kau pun sama je"). */
const ECHO_PARTICLES = new Set(
  'lol lmao tbh honestly fr ngl bro man je jer sih deh eh lah kan kkk kkkk jaja haha wkwk'.split(' ')
)

function inCondition(layout: Layout, index: number): boolean {
  const c = layout.clause[index]
  for (let k = index; k >= 0 && layout.sentence[k] === layout.sentence[index]; k--) {
    if (THREAT_CONDITION.has(layout.tokens[k].norm)) return true
    if (layout.clause[k] !== c && k < index - 12) break
  }
  return false
}

function isEchoClause(layout: Layout, c: number, negators: readonly number[], mentions: readonly Mention[]): boolean {
  let n = 0
  let marker = false
  // besides the target, echo words and glue, one word at most ("… and honestly so are you"):
  // "orang Cina kat ofis pun lambat", "os gays do meu clã também acharam" say something of their own
  let own = 0
  // and never as its last word: "tapi orang India pun guna" ("but Indians use it too") says what they do
  let endsOwn = false
  for (let k = 0; k < layout.tokens.length; k++) {
    if (layout.clause[k] !== c) continue
    n++
    const w = layout.tokens[k].norm
    endsOwn = false
    if (ECHO_MARKERS.has(w)) marker = true
    else if (!ECHO_GLUE.has(w) && !ECHO_PARTICLES.has(w) && !mentions.some((m) => m.first <= k && m.last >= k)) {
      if (++own > 1) return false
      endsOwn = true
    }
  }
  if (!marker || endsOwn || n > ECHO_MAX_TOKENS) return false
  // "… but you're not", "… like you said": not an echo
  if (negators.some((k) => layout.clause[k] === c)) return false
  return !mentions.some(
    (m) => layout.clause[m.first] === c && (m.role === 'report' || m.role === 'predicate' || m.role === 'hypothetical')
  )
}

/** Profanity hurts when it is aimed: a person within two words of it, in the same clause ("fuck you", "tangina mo"). */
function aimedAt(refs: readonly Referent[], layout: Layout, m: Mention): Referent | undefined {
  const { clause, sentence, mentions, tokens } = layout
  // ("Pakyu sa lahat ng mga Muslim": words of "all" do not count towards the distance)
  let spare = 0
  for (const x of mentions)
    if (x.role === 'universal' && x.first > m.last && x.first <= m.last + 3) spare += x.last - x.first + 1
  const near = refs.find(
    (r) =>
      clause[r.index] === clause[m.first] &&
      r.index >= m.first - 2 &&
      (r.index <= m.last + 2 + spare || (r.index <= m.last + 3 + spare && WITH.has(tokens[m.last + 1].norm))) &&
      r.index !== m.first &&
      HURTABLE.has(r.kind)
  )
  if (near) return near
  // "Tu é um merda": the subject of a copula before it (further off only when the copula follows the
  // subject at once: "they are total pieces of shit", not "bro this beat is so fucking good")
  const nearest = refs.findLast(
    (r) => clause[r.index] === clause[m.first] && r.index < m.first && m.first - r.index <= 6
  )
  const subject =
    nearest &&
    HURTABLE.has(nearest.kind) &&
    // ("O ônibus que os … pegam é uma merda": the bus is)
    !topicHead(refs, layout, nearest) &&
    (m.first - nearest.index <= 4 ||
      (mentions.some((x) => x.role === 'copula' && x.first === nearest.index + 1) &&
        nounPhraseBetween(layout, nearest.index + 2, m.first)))
      ? nearest
      : undefined
  // (or, for a curse of several words, a modal: "gay people can go to hell", "they should fuck off";
  // not "you guys should fucking come")
  const linked = (x: Mention) => x.role === 'copula' || (x.role === 'modal' && m.last > m.first)
  if (subject && mentions.some((x) => linked(x) && x.first > subject.index && x.first < m.first)) return subject
  // "Shut the fuck up, Kyle.": a name or "you" alone in the last clause of the sentence is spoken to
  const vocative = refs.find(
    (r) =>
      r.index > m.last &&
      sentence[r.index] === sentence[m.first] &&
      clause[r.index] !== clause[m.first] &&
      (r.kind === 'name' || r.kind === 'second' || r.kind === 'group')
  )
  // ("Vão tomar no cu, gays", "Chinguen a su madre, chilangos": a group spoken to the same way)
  if (vocative && clauseLength(clause, tokens.length, vocative.index) <= 2) return vocative
  return undefined
}

/** "a total piece of", "such a", "um pedaço de": only the words of a noun phrase (not "so so fucking talented"). */
const NOUN_PHRASE_WORDS = new Set(
  'a an the total complete utter absolute such real piece pieces of bunch um uma un una pedaco pedazo de bola monte'.split(
    ' '
  )
)
function nounPhraseBetween(layout: Layout, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!NOUN_PHRASE_WORDS.has(layout.tokens[k].norm)) return false
  return true
}

function clauseLength(clause: Int32Array, n: number, index: number): number {
  let count = 0
  for (let k = 0; k < n; k++) if (clause[k] === clause[index]) count++
  return count
}

function slurFinding(
  m: Mention,
  layout: Layout,
  refs: readonly Referent[],
  frames: ReturnType<typeof indexFrames>,
  tokens: readonly AnalysisToken[]
): Finding {
  // a slur used as a noun is not negated by a verb's "don't" further back ("Don't sit next to that
  // …"): only a negator right before it denies it ("you're not a …", "no eres un …")
  const f = framesAt(layout, frames, m.first, m.last, false).filter(
    (x) => x !== 'negated' || frames.negators.some((k) => k < m.first && m.first - k <= 3)
  )
  // "I'm a proud …": the speaker naming themself
  const self = refs.find(
    (r) => r.kind === 'first' && r.clause === layout.clause[m.first] && r.index < m.first && m.first - r.index <= 4
  )
  const addressed = refs.find((r) => r.kind === 'second' && r.clause === layout.clause[m.first])
  return {
    kind: 'slur',
    first: m.first,
    last: m.last,
    target: addressed ? 'second' : 'group',
    group: m.group,
    neutral: m.neutral || undefined,
    frames: self && !addressed ? ['self', ...f] : f,
    obfuscated: respelled(tokens, m.first, m.last)
  }
}
