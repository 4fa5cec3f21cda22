import type { PhraseTrie } from '../trie'
import type { Mention } from './mentions'
import type { AnalysisToken } from './prepare-tokens'
import { CONDITION, RELATIVE } from './closed-class'

/** Why a finding does not hurt anyone as written (the verdict is lowered to info). */
export type FrameFlag = 'negated' | 'quoted' | 'counter-speech' | 'hypothetical' | 'self' | 'thing'

/** What frame detection needs besides the lexicon's mentions: the v1 locale data still counts. */
export interface FrameData {
  negators: ReadonlySet<string>
  notNegating: PhraseTrie<true>
  mentionVerbs: ReadonlySet<string>
  counterPhrases: PhraseTrie<true>[]
  /** Words that may stand inside a counter phrase ("is just bigotry", "es puro odio")… */
  fillers?: ReadonlySet<string>
  /** …when it opens with one of these (a copula, a pronoun, "all"): not "it actually hurts to". */
  fillerOpener?: (word: string) => boolean
}

export interface Layout {
  tokens: readonly AnalysisToken[]
  mentions: readonly Mention[]
  clause: Int32Array
  sentence: Int32Array
  quotes: readonly [number, number][]
}

/** Token indexes (first of a mention) of each role that frames look at. */
export interface FrameIndex {
  negators: number[]
  reports: number[]
  hypotheticals: number[]
  /** Sentences that denounce what they say ("… is not okay"). */
  counterSentences: Set<number>
  /** Predicates (first token) that only describe what someone else does ("jokes that mock …"), and
   * the noun the relative clause hangs on (the jokes). */
  describedActs: Map<number, number>
}

/** Apology words in the six locales (the lexicons' counter phrases cover denouncing). */
const APOLOGY = new Set([
  'sorry',
  'apologize',
  'apologise',
  'apologies',
  'maaf',
  'pasensya',
  'patawad',
  'desculpa',
  'desculpe',
  'perdao',
  'perdon',
  'perdoname',
  'disculpa',
  'disculpame',
  'siento'
])

/** "but" after an apology makes it a preface: "sorry but you're ugly", "sorry pero totoo", "maaf tapi…". */
const BUT = new Set('but pero tapi tp tpi mas kaso pero not'.split(' '))

/** "I'm not sorry", "sorry not sorry", "sorry pero totoo": an apology that takes nothing back. */
function nonApology(data: FrameData, tokens: readonly AnalysisToken[], k: number): boolean {
  for (let j = Math.max(0, k - 2); j < k; j++) if (isNegatorToken(data, tokens, j)) return true
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (BUT.has(tokens[j].norm)) return true
  // "sorry not sorry": the apology taken back at once
  if (k + 2 < tokens.length && isNegatorToken(data, tokens, k + 1) && tokens[k + 2].norm === tokens[k].norm) return true
  // and the second "sorry" of it
  return k >= 2 && isNegatorToken(data, tokens, k - 1) && tokens[k - 2].norm === tokens[k].norm
}

function isNegatorToken(data: FrameData, tokens: readonly AnalysisToken[], k: number): boolean {
  const t = tokens[k]
  return t.norm === 't' ? t.afterApostrophe : data.negators.has(t.norm)
}

/** "Don't be such a …" / "no seas …" forbids, it does not deny. */
function isProhibition(data: FrameData, tokens: readonly AnalysisToken[], k: number): boolean {
  return (
    data.notNegating.size > 0 &&
    (data.notNegating.matchAt(tokens, k).length > 0 || (k > 0 && data.notNegating.matchAt(tokens, k - 1).length > 0))
  )
}

/** Relative pronouns that open a clause about the noun before them. */

/** A verb right after "livro que ele", "song that she", "foto yang dia": inside a relative clause about that noun. */
function inRelativeClause(
  tokens: readonly AnalysisToken[],
  nounAt: ReadonlySet<number>,
  verdictAt: ReadonlySet<number>,
  k: number
): boolean {
  // …and the main clause's verdict follows the verb ("… escreveu é um lixo"); "people who call
  // Muslims terrorists" still reports a naming
  if (!verdictAt.has(k + 1)) return false
  for (const r of [k - 1, k - 2]) if (r >= 1 && RELATIVE.has(tokens[r].norm) && nounAt.has(r - 1)) return true
  return false
}

export function indexFrames(layout: Layout, data: FrameData): FrameIndex {
  const { tokens, mentions, sentence } = layout
  const negators: number[] = []
  const reports: number[] = []
  const hypotheticals: number[] = []
  const inMention = new Int32Array(tokens.length).fill(-1)
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) inMention[k] = m.first
  for (const m of mentions) {
    if (m.role === 'negator' && !isProhibition(data, tokens, m.first)) negators.push(m.first)
    else if (m.role === 'report') reports.push(m.first)
    else if (m.role === 'hypothetical') hypotheticals.push(m.first)
  }
  for (let k = 0; k < tokens.length; k++) {
    // v1 locale data: words not in the lexicon's frames
    if (inMention[k] < 0 && isNegatorToken(data, tokens, k) && !isProhibition(data, tokens, k)) negators.push(k)
    if (inMention[k] < 0 && data.mentionVerbs.has(tokens[k].norm)) reports.push(k)
  }
  negators.sort((a, b) => a - b)
  reports.sort((a, b) => a - b)
  // "o livro que ele escreveu é um lixo", "the song she wrote is trash": a verb of saying inside a
  // relative clause names a work, it does not report speech
  const nounAt = new Set(
    mentions
      .filter((m) => m.role === 'thing' || m.role === 'person' || m.role === 'group' || m.role === 'part')
      .map((m) => m.last)
  )
  const verdictAt = new Set(mentions.filter((m) => m.role === 'copula' || m.role === 'predicate').map((m) => m.first))
  const reporting = reports.filter((k) => !inRelativeClause(tokens, nounAt, verdictAt, k))
  // "que nem vocês" (pt "just like you"): a comparison, not a negation
  const negating = negators.filter((k) => !(tokens[k].norm === 'nem' && k > 0 && tokens[k - 1].norm === 'que'))
  const counterSentences = new Set<number>()
  for (let k = 0; k < tokens.length; k++) {
    if (counterSentences.has(sentence[k])) continue
    // an apology owns up to what it names ("Sorry I laughed at you", "Pasensya na at tinawanan kita")
    if (
      APOLOGY.has(tokens[k].norm) &&
      !(k > 0 && tokens[k].norm === 'siento' && tokens[k - 1].norm !== 'lo') &&
      !nonApology(data, tokens, k)
    ) {
      counterSentences.add(sentence[k])
      continue
    }
    for (const trie of data.counterPhrases)
      if (
        trie.size &&
        trie.matchAt(tokens, k, tokens.length, data.fillerOpener?.(tokens[k].norm) ? data.fillers : undefined).length
      ) {
        // "Gays think they deserve respect, but …": a counter phrase someone else is said to believe;
        // "Hinding-hindi ko rerespetuhin …": a counter phrase negated is its opposite
        if (!othersBelief(layout, k) && !negatedBefore(layout, k)) counterSentences.add(sentence[k])
        break
      }
  }
  for (const s of actAsSubject(layout)) counterSentences.add(s)
  for (const s of hateHasNoPlace(layout)) counterSentences.add(s)
  const describedActs = actsInRelativeClauses(layout)
  return { negators: negating, reports: reporting, hypotheticals, counterSentences, describedActs }
}

const SUBJECT_ROLES = new Set(['first', 'second', 'third'])

/** Verbs of believing or pretending. */
const BELIEVES = new Set(
  'think thinks thought believe believes pretend pretends acha acham achavam acreditam creen cree piensan creian kira kirain pikir ngira fikir ingat akala akala nila'.split(
    ' '
  )
)
/** Whether a negator of the lexicon ends within three words before k, in k's clause. */
function negatedBefore(layout: Layout, k: number): boolean {
  const { clause, mentions } = layout
  return mentions.some((m) => m.role === 'negator' && m.last < k && m.last >= k - 3 && clause[m.last] === clause[k])
}

/** Whether a verb of believing stands within three words before k with someone other than the speaker before it. */
function othersBelief(layout: Layout, k: number): boolean {
  const { tokens, clause, mentions } = layout
  for (let j = k - 1; j >= Math.max(0, k - 3) && clause[j] === clause[k]; j--) {
    if (!BELIEVES.has(tokens[j].norm)) continue
    const who = mentions.findLast((m) => m.last < j && clause[m.first] === clause[k])
    return who !== undefined && who.role !== 'first'
  }
  return false
}

/**
 * "if u don't delete that vid by tonight ur dead", "si no me pagas, …": a negator inside the
 * condition of a threat negates the condition, not the threat. The condition word opens its sentence
 * or clause and the negator follows it at once or after its subject ("if you don't", "si no",
 * "kalau kau tak"); "if you lose I won't hurt you" and "Se acalma, não vou te matar" stay negated,
 * and "Si Ali" (a Malay name article) is no condition.
 */
export function negatesCondition({ tokens, sentence, clause, mentions }: Layout, k: number): boolean {
  for (const j of [k - 1, k - 2]) {
    if (j < 0 || sentence[j] !== sentence[k] || clause[j] !== clause[k] || !CONDITION.has(tokens[j].norm)) continue
    // "if you don't": the condition's subject, a pronoun, may stand between
    if (j === k - 2 && !mentions.some((m) => m.first === k - 1 && SUBJECT_ROLES.has(m.role))) continue
    if (tokens[j + 1]?.titlecase) continue
    const opens = j === 0 || sentence[j - 1] !== sentence[j] || clause[j - 1] !== clause[j]
    if (opens) return true
  }
  return false
}

/**
 * The addressee telling, as a condition: an imperative opening the sentence, or a condition word ("if", "si", "kalau", "kung") up to three
 * words before the verb of saying at k, with no one else as its subject ("If he said he'd hurt you,
 * tell me" reports a threat).
 */
function conditioned(tokens: readonly AnalysisToken[], sentence: Int32Array, k: number): boolean {
  // "Say that again and see what happens": an imperative of saying is a dare
  if (k === 0 || sentence[k - 1] !== sentence[k]) return true
  for (let j = k - 1; j >= 0 && j >= k - 3 && sentence[j] === sentence[k]; j--) {
    if (OTHER_SUBJECT.has(tokens[j].norm)) return false
    if (CONDITION.has(tokens[j].norm)) return true
  }
  return false
}
const OTHER_SUBJECT = new Set(
  'he she they someone somebody anyone el ella ellos ellas alguien ele ela eles elas alguem dia mereka seseorang siya sila may'.split(
    ' '
  )
)

/** People in general: "someone", "others", "la gente", "orang", "ibang tao". */
const GENERIC_PEOPLE = new Set(
  'someone somebody someones people others anyone anybody other outros outras gente alguem alguien demas otros orang iba tao'.split(
    ' '
  )
)

const LIKE = new Set('like como kayak macam gaya tulad katulad'.split(' '))

/**
 * "Mocking someone's accent says more about you", "Zoar o sotaque dos outros não te deixa mais
 * legal", "Ngeledek logat orang nggak bikin lo keren": the act of mocking people in general, as the
 * subject of the sentence, is talked about — that is counter-speech, not mockery.
 */
function actAsSubject(layout: Layout): number[] {
  const { tokens, mentions, sentence } = layout
  const out: number[] = []
  for (const m of mentions) {
    if (m.role !== 'predicate' || m.kind !== 'mockery') continue
    if (m.first > 0 && sentence[m.first - 1] === sentence[m.first]) continue
    for (let k = m.last + 1; k <= m.last + 4 && k < tokens.length && sentence[k] === sentence[m.first]; k++)
      if (GENERIC_PEOPLE.has(tokens[k].norm)) {
        // "people like you" are the addressee
        if (!(k + 1 < tokens.length && LIKE.has(tokens[k + 1].norm))) out.push(sentence[m.first])
        break
      }
  }
  return out
}

const HATE_NOUNS = new Set('hate hatred racism odio racismo odio racismo kebencian rasisme galit poot'.split(' '))
const AGAINST = new Set('against toward towards contra hacia terhadap laban'.split(' '))

/**
 * "Hate against Sikhs has no place here", "El odio contra los migrantes no tiene lugar aquí": hatred
 * named as a thing (a hate word, then "against"), kept out by the sentence. ("I have so much hate
 * against Muslims" keeps no one out: still the speaker's hate.)
 */
function hateHasNoPlace(layout: Layout): number[] {
  const { tokens, mentions, sentence } = layout
  const out: number[] = []
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!HATE_NOUNS.has(tokens[k].norm) || !AGAINST.has(tokens[k + 1].norm)) continue
    const s = sentence[k]
    if (
      mentions.some((m) => m.role === 'predicate' && m.kind === 'exclusion' && sentence[m.first] === s && m.first > k)
    )
      out.push(s)
  }
  return out
}

/** Predicate kinds that are acts against people, which a relative clause can describe. */
const ACTS = new Set(['mockery', 'contempt', 'threat', 'exclusion', 'shaming'])
const HEAD_ROLES = new Set(['thing', 'person', 'thingPronoun'])
const VICTIM_ROLES = new Set(['person', 'group', 'slur', 'second', 'third'])

/**
 * "Jokes that mock Muslims aren't funny", "orang-orang yang merendahkan orang Jawa", "tetangga yang
 * mengejek …", "los chistes que humillan a …": an act against people inside a relative clause on a
 * noun describes what someone else does; the speaker does not do it. Not after a copula ("they are
 * people who hate …" says it of them) and not on a group ("Muslims who …"). What the sentence says
 * of it is judged in analyze.ts (`judgesAct`).
 */
function actsInRelativeClauses(layout: Layout): Map<number, number> {
  const { tokens, mentions, sentence } = layout
  const out = new Map<number, number>()
  for (const m of mentions) {
    if (m.role !== 'predicate' || !ACTS.has(m.kind!)) continue
    for (const rel of [m.first - 1, m.first - 2]) {
      if (rel < 1 || sentence[rel] !== sentence[m.first] || !RELATIVE.has(tokens[rel].norm)) continue
      // one word may stand between: "yang suka merendahkan", "that always mock"
      if (rel === m.first - 2 && mentions.some((x) => x.first === m.first - 1)) continue
      const head = mentions.find((x) => x.last === rel - 1)
      if (!head || !HEAD_ROLES.has(head.role)) continue
      if (mentions.some((x) => x.role === 'copula' && x.last === head.first - 1)) continue
      // …and names whom it is done to ("gamers yang mainin" names no one)
      const victim = mentions.some(
        (x) =>
          x.first > m.last &&
          x.first <= m.last + 3 &&
          sentence[x.first] === sentence[m.first] &&
          VICTIM_ROLES.has(x.role)
      )
      if (victim) out.set(m.first, head.first)
      break
    }
  }
  return out
}

/** Tagalog particles of hearsay: "they say", wherever they stand in the clause. */
const HEARSAY = new Set(['daw', 'raw', 'kuno'])

/** A counter phrase at the start of the next sentence points back: "Calling people fat. Not okay." */
function counteredByNext(layout: Layout, frames: FrameIndex, s: number, at: number): boolean {
  const { sentence } = layout
  let k = at
  while (k < sentence.length && sentence[k] === s) k++
  return (
    k < sentence.length &&
    frames.counterSentences.has(sentence[k]) &&
    sentence[k] === s + 1 &&
    firstWordsOfSentence(layout, k) <= 4
  )
}

function firstWordsOfSentence(layout: Layout, k: number): number {
  let n = 0
  const s = layout.sentence[k]
  for (let i = k; i < layout.sentence.length && layout.sentence[i] === s; i++) n++
  return n
}

/**
 * The frames around a predicate at tokens [first, last]:
 * negated — a negator earlier in the same clause, outside the predicate's own words;
 * quoted — inside quotation marks, or after a verb of saying/calling in the same sentence;
 * counter-speech — the sentence (or the short next one) denounces;
 * hypothetical — "what if", "imagine" earlier in the sentence (threats stay threats).
 */
export function framesAt(
  layout: Layout,
  frames: FrameIndex,
  first: number,
  last: number,
  isThreat: boolean,
  ownNegator?: number
): FrameFlag[] {
  const { tokens, clause, sentence, quotes } = layout
  const c = clause[first]
  const s = sentence[first]
  const out: FrameFlag[] = []
  for (const k of frames.negators) {
    if (k >= first) break
    if (isThreat && negatesCondition(layout, k)) continue
    if (clause[k] === c && k !== ownNegator) {
      out.push('negated')
      break
    }
  }
  const start = tokens[first].start
  const end = tokens[last].end
  let quoted = quotes.some(([qs, qe]) => start > qs && end <= qe)
  // a verb of saying frames what follows it in its own clause ("he called me a loser", "I never said
  // you were scum"); in an earlier clause it is a condition or a scene ("if you tell the teacher, …")
  if (!quoted)
    for (const k of frames.reports) {
      // Tagalog "daw"/"raw"/"kuno" mark hearsay wherever they stand in the clause ("tamad daw ang mga …")
      if (HEARSAY.has(tokens[k].norm) && clause[k] === c) {
        quoted = true
        break
      }
      if (k >= first) continue
      // "if u tell the teacher im gonna hurt u": telling is the condition of a threat, not its source
      if (isThreat && conditioned(tokens, sentence, k)) continue
      if (clause[k] === c) {
        quoted = true
        break
      }
    }
  if (quoted || frames.describedActs.has(first)) out.push('quoted')
  if (frames.counterSentences.has(s) || counteredByNext(layout, frames, s, first)) out.push('counter-speech')
  if (!isThreat)
    for (const k of frames.hypotheticals) {
      if (k >= first) break
      if (sentence[k] === s) {
        out.push('hypothetical')
        break
      }
    }
  return out
}
