import { PhraseTrie } from '../trie'
import { GroupedPhraseIndex } from '../grouped-trie'
import { type FindingKind, type PredicateKind } from './lexicon-schema'
import { PackedLexicon, spaceList } from './lexicon-pack'
import { LEXICON_DATA, SPELLING_GUARD } from './lexicon-registry'
import { buildSpellIndex, type SpellIndex } from './spelling'
import { compiledLexicons } from '../caches'
import { ALSO_ENGLISH } from '../rule-pack-context'

/** What a word or phrase is to the sentence analysis. */
export type Role =
  | 'slur'
  | 'predicate'
  | 'profanity'
  | 'group'
  | 'person'
  | 'part'
  | 'second'
  | 'secondPossessive'
  | 'first'
  | 'firstPossessive'
  | 'third'
  | 'thirdPossessive'
  | 'thingPronoun'
  | 'thing'
  | 'positive'
  | 'negator'
  | 'report'
  | 'hypothetical'
  | 'modal'
  | 'copula'
  | 'universal'
  | 'clauseBreak'

/** When one phrase has several roles, the first in this order wins (docs/lint-lexicon.md). */
export const ROLE_PRIORITY: readonly Role[] = [
  'slur',
  'predicate',
  'profanity',
  'group',
  'person',
  'part',
  'second',
  'secondPossessive',
  'first',
  'firstPossessive',
  'third',
  'thirdPossessive',
  'thingPronoun',
  'thing',
  'positive',
  'negator',
  'report',
  'hypothetical',
  'modal',
  'copula',
  'universal',
  'clauseBreak'
]

export interface RoleEntry {
  role: Role
  kind?: PredicateKind
  /** Identity group category, for groups and slurs. */
  group?: string
  /** A slur's neutral term. */
  neutral?: string
}

export interface CompiledLexicon {
  locale: string
  roles: GroupedPhraseIndex<RoleEntry>
  counter: PhraseTrie<true>
  /** Every single word any table has: such words are never spell-corrected. */
  known: Set<string>
  /** Words of the locale's own lexicon, and of the English one it also reads (stems must be found in their own language). */
  knownOwn: Set<string>
  knownEnglish: Set<string>
  /** Words that make a finding (predicates, slurs, profanity): spelling is corrected towards these. */
  spell: SpellIndex
  oneLetter: Set<string>
  /** Words a run-together spelling may be glued from besides the hot word ("i", "you", "not", "ur"). */
  glue: Set<string>
  /** Single words that are pronouns, by person: a pronoun inside a predicate phrase ("te odio") is its target. */
  pronounOf: Map<string, 'second' | 'first' | 'third'>
  /** First words of the phrases that can make a finding: a line with none of them skips the analysis. */
  hotFirst: Set<string>
  /** Real words never respelled (spelling-guard.json, built from dictionaries, plus each lexicon's "ordinary"). */
  guard: Set<string>
  /** The lexicons' "ordinary" words: read as they are, neither respelled nor taken as an inflection ("Negros", "hinaan"). */
  ordinary: Set<string>
  kinder: Partial<Record<FindingKind, string[]>>
  explain: Partial<Record<FindingKind, string>>
  /** What could not be loaded, named: the analysis runs with the rest. */
  problems: string[]
}

function validate(locale: string): { pack: PackedLexicon | null; problem?: string } {
  const raw = LEXICON_DATA[locale]
  if (raw === undefined)
    return {
      pack: null,
      problem: `Kindness lexicon ${locale}.json is missing: the sentence analysis for ${locale} is off.`
    }
  const parsed = PackedLexicon.safeParse(raw)
  if (parsed.success) return { pack: parsed.data }
  const first = parsed.error.issues[0]
  return {
    pack: null,
    problem: `Kindness lexicon ${locale}.json (packed) is malformed at ${first.path.join('.') || '(root)'}: ${first.message}. The sentence analysis for ${locale} is off (npm run lint:pack rebuilds it).`
  }
}

interface Skip {
  phrases: ReadonlySet<string>
}

function addPack(
  lex: CompiledLexicon,
  pack: PackedLexicon,
  hot: Set<string>,
  respell: Set<string>,
  joinable: Set<string>,
  texts: boolean,
  own: Set<string>,
  skip: Skip
): void {
  const values = pack.entries as RoleEntry[]
  const group = skip.phrases.size ? { values, skip: skip.phrases } : { values }
  for (const head in pack.groups) lex.roles.addPacked(head, { packed: pack.groups[head], ...group })
  // a skipped single word adds nothing (multi-word phrases only lose their trie entry)
  const keep = (w: string) => !skip.phrases.has(w)
  for (const w of spaceList(pack.words)) {
    lex.known.add(w)
    own.add(w)
  }
  for (const w of spaceList(pack.ordinaryWords)) {
    lex.guard.add(w)
    lex.ordinary.add(w)
  }
  for (const w of spaceList(pack.hot)) if (keep(w)) hot.add(w)
  for (const w of spaceList(pack.respell)) if (keep(w)) respell.add(w)
  for (const w of spaceList(pack.joinable)) if (keep(w)) joinable.add(w)
  for (const w of spaceList(pack.hotFirst)) lex.hotFirst.add(w)
  for (const w of spaceList(pack.oneLetter)) if (keep(w)) lex.oneLetter.add(w)
  for (const w of spaceList(pack.glue)) if (keep(w)) lex.glue.add(w)
  for (const w in pack.pronouns) if (keep(w) && !lex.pronounOf.has(w)) lex.pronounOf.set(w, pack.pronouns[w])
  for (const phrase of pack.counter) lex.counter.add(phrase.split(' '), true)
  if (!texts) return
  for (const [k, v] of Object.entries(pack.kinder)) if (v.length) lex.kinder[k as FindingKind] = v
  for (const [k, v] of Object.entries(pack.explain)) if (v) lex.explain[k as FindingKind] = v
}

const INSULTS_IN_ENGLISH = new Set(['pt-BR', 'es-MX'])
const ENGLISH_INSULT_ROLES = new Set<Role>(['predicate', 'profanity'])

/**
 * Single English words that are nothing in Portuguese or Spanish; other single words are left out
 * ("mofo" is mildew, "retardo" a delay, "rude", "bad", "vulgar", "Execute" are ordinary there).
 * Phrases of two words or more ("kill all", "i hate", "are the worst") all count.
 */
const ENGLISH_INSULT_WORDS = new Set(
  'hate hates kill subhuman disgusting gross stupid dumb idiot idiots ugly loser losers worthless pathetic scum vermin retarded retards fuck fucking fucked shit bitch bitches motherfucker motherfuckers bastards asshole assholes cunt dickhead freaks filthy nasty creepy weirdos parasites'.split(
    ' '
  )
)

/** The English lexicon's predicate and profanity phrases only, as matches; no words become known. */
function addEnglishInsults(lex: CompiledLexicon, pack: PackedLexicon, ordinary: ReadonlySet<string>): void {
  const values = (pack.entries as RoleEntry[]).map((e) => (ENGLISH_INSULT_ROLES.has(e.role) ? e : undefined))
  const skip = new Set(ordinary)
  for (const head in pack.groups) if (!ENGLISH_INSULT_WORDS.has(head)) skip.add(head)
  for (const head in pack.groups)
    lex.roles.addPacked(head, { packed: pack.groups[head], values: values as RoleEntry[], skip })
}

export function compileLexicon(packLocale: string): CompiledLexicon {
  const lex: CompiledLexicon = {
    locale: packLocale,
    roles: new GroupedPhraseIndex(),
    counter: new PhraseTrie(),
    known: new Set(),
    knownOwn: new Set(),
    knownEnglish: new Set(),
    spell: { hot: new Set(), targets: new Set(), joinable: new Set(), alphabet: [] },
    oneLetter: new Set(),
    glue: new Set(),
    hotFirst: new Set(),
    pronounOf: new Map(),
    guard: new Set(SPELLING_GUARD[packLocale] ?? []),
    ordinary: new Set(),
    kinder: {},
    explain: {},
    problems: []
  }
  const hot = new Set<string>()
  const respell = new Set<string>()
  const joinable = new Set<string>()
  const own = validate(packLocale)
  if (own.problem) lex.problems.push(own.problem)
  if (own.pack) addPack(lex, own.pack, hot, respell, joinable, true, lex.knownOwn, { phrases: new Set() })
  // ms, id and fil scripts switch into English mid-sentence ("ang bobo mo, loser")
  if (ALSO_ENGLISH.has(packLocale)) {
    const en = validate('en')
    if (en.problem) lex.problems.push(en.problem)
    // the locale's own ordinary words win over English ones ("jap" is Malay for "a moment")
    if (en.pack)
      addPack(lex, en.pack, hot, respell, joinable, !own.pack, lex.knownEnglish, {
        phrases: new Set(own.pack?.ordinaryPhrases ?? [])
      })
  } else {
    for (const w of lex.knownOwn) lex.knownEnglish.add(w)
    // Brazilian and Mexican comments switch into English for the insult itself ("são trash", "I hate
    // los …", "Kill all …"): English predicates and profanity only — its pronouns, articles, groups and
    // slurs would read Portuguese and Spanish words ("a", "no", "negro") as English ones
    if (INSULTS_IN_ENGLISH.has(packLocale) && own.pack) {
      const en = validate('en')
      if (en.pack) addEnglishInsults(lex, en.pack, new Set(own.pack.ordinaryPhrases))
    }
  }
  lex.spell = buildSpellIndex(hot, respell, joinable)
  return lex
}

const compiled = compiledLexicons

/** The compiled lexicon of a pack locale (compiled once per process; six locales at most). */
export function getLexicon(packLocale: string): CompiledLexicon {
  let lex = compiled.get(packLocale)
  if (!lex) compiled.set(packLocale, (lex = compileLexicon(packLocale)))
  return lex
}

/** Whether a single word is, by itself, a phrase of one of `roles` in the lexicon ("semua": universal). */
export function wordHasRole(lex: CompiledLexicon, word: string, roles: ReadonlySet<Role>): boolean {
  const probe = {
    start: 0,
    end: word.length,
    norm: word,
    forms: [],
    obfuscated: false,
    titlecase: false,
    afterApostrophe: false
  }
  return lex.roles.matchAt([probe], 0).some((m) => m.last === 0 && roles.has(m.value.role))
}
