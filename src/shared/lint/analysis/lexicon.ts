import { PhraseTrie } from '../trie'
import { GroupedPhraseIndex } from '../grouped-trie'
import { normalizePhrase } from '../normalize-phrase'
import { LexiconFile, PREDICATE_KINDS, type FindingKind, type PredicateKind } from './lexicon-schema'
import { LEXICON_DATA, SPELLING_GUARD } from './lexicon-registry'
import { buildSpellIndex, type SpellIndex } from './spelling'

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
  kinder: Partial<Record<FindingKind, string[]>>
  explain: Partial<Record<FindingKind, string>>
  /** What could not be loaded, named: the analysis runs with the rest. */
  problems: string[]
}

/** ms, id and fil scripts switch into English mid-sentence ("ang bobo mo, loser"). */
const ALSO_ENGLISH = new Set(['ms', 'id', 'fil'])

function validate(locale: string): { file: LexiconFile | null; problem?: string } {
  const raw = LEXICON_DATA[locale]
  if (raw === undefined) return { file: null, problem: `Kindness lexicon ${locale}.json is missing: the sentence analysis for ${locale} is off.` }
  const parsed = LexiconFile.safeParse(raw)
  if (parsed.success) return { file: parsed.data }
  const first = parsed.error.issues[0]
  return { file: null, problem: `Kindness lexicon ${locale}.json is malformed at ${first.path.join('.') || '(root)'}: ${first.message}. The sentence analysis for ${locale} is off.` }
}

function addAll(lex: CompiledLexicon, words: readonly string[], entry: RoleEntry, hot: Set<string>, own: Set<string>, skip: ReadonlySet<string>): void {
  for (const phrase of words) {
    const norm = normalizePhrase(phrase)
    if (!norm || skip.has(norm)) continue
    const seq = norm.split(' ')
    lex.roles.add(seq, entry)
    for (const w of seq) {
      lex.known.add(w)
      own.add(w)
    }
    if (entry.role === 'predicate' || entry.role === 'slur' || entry.role === 'profanity' || entry.role === 'positive') lex.hotFirst.add(seq[0])
    if (seq.length === 1 && (entry.role === 'predicate' || entry.role === 'slur' || entry.role === 'profanity')) hot.add(seq[0])
    if (seq.length === 1 && seq[0].length === 1) lex.oneLetter.add(seq[0])
    if (seq.length === 1 && GLUE_ROLES.has(entry.role)) lex.glue.add(seq[0])
    if (seq.length === 1 && (entry.role === 'second' || entry.role === 'first' || entry.role === 'third') && !lex.pronounOf.has(seq[0])) lex.pronounOf.set(seq[0], entry.role)
  }
}

const GLUE_ROLES = new Set<Role>(['second', 'secondPossessive', 'first', 'firstPossessive', 'third', 'negator', 'copula', 'universal'])

function addFile(lex: CompiledLexicon, f: LexiconFile, hot: Set<string>, texts: boolean, own: Set<string>, skip: ReadonlySet<string>): void {
  for (const w of f.ordinary) for (const piece of normalizePhrase(w).split(' ')) if (piece) lex.guard.add(piece)
  const p = f.pronouns
  addAll(lex, p.second, { role: 'second' }, hot, own, skip)
  addAll(lex, p.secondPossessive, { role: 'secondPossessive' }, hot, own, skip)
  addAll(lex, p.first, { role: 'first' }, hot, own, skip)
  addAll(lex, p.firstPossessive, { role: 'firstPossessive' }, hot, own, skip)
  addAll(lex, p.third, { role: 'third' }, hot, own, skip)
  addAll(lex, p.thirdPossessive, { role: 'thirdPossessive' }, hot, own, skip)
  addAll(lex, p.thing, { role: 'thingPronoun' }, hot, own, skip)
  addAll(lex, f.people, { role: 'person' }, hot, own, skip)
  for (const [group, words] of Object.entries(f.groups)) addAll(lex, words, { role: 'group', group }, hot, own, skip)
  for (const s of f.slurs) addAll(lex, s.terms, { role: 'slur', group: s.group, neutral: s.neutral }, hot, own, skip)
  addAll(lex, f.personParts, { role: 'part' }, hot, own, skip)
  addAll(lex, f.things, { role: 'thing' }, hot, own, skip)
  for (const kind of PREDICATE_KINDS) addAll(lex, f.predicates[kind], { role: 'predicate', kind }, hot, own, skip)
  addAll(lex, f.positive, { role: 'positive' }, hot, own, skip)
  addAll(lex, f.profanity, { role: 'profanity' }, hot, own, skip)
  const fr = f.frames
  addAll(lex, fr.negators, { role: 'negator' }, hot, own, skip)
  addAll(lex, fr.report, { role: 'report' }, hot, own, skip)
  addAll(lex, fr.hypothetical, { role: 'hypothetical' }, hot, own, skip)
  addAll(lex, fr.modals, { role: 'modal' }, hot, own, skip)
  addAll(lex, fr.copulas, { role: 'copula' }, hot, own, skip)
  addAll(lex, fr.universal, { role: 'universal' }, hot, own, skip)
  addAll(lex, fr.clauseBreaks, { role: 'clauseBreak' }, hot, own, skip)
  for (const phrase of fr.counter) {
    const norm = normalizePhrase(phrase)
    if (norm) lex.counter.add(norm.split(' '), true)
  }
  if (!texts) return
  for (const [k, v] of Object.entries(f.kinder)) if (v?.length) lex.kinder[k as FindingKind] = v
  for (const [k, v] of Object.entries(f.explain)) if (v) lex.explain[k as FindingKind] = v
}

export function compileLexicon(packLocale: string): CompiledLexicon {
  const lex: CompiledLexicon = {
    locale: packLocale,
    roles: new GroupedPhraseIndex(),
    counter: new PhraseTrie(),
    known: new Set(),
    knownOwn: new Set(),
    knownEnglish: new Set(),
    spell: { hot: new Set(), deletes: new Map() },
    oneLetter: new Set(),
    glue: new Set(),
    hotFirst: new Set(),
    pronounOf: new Map(),
    guard: new Set(SPELLING_GUARD[packLocale] ?? []),
    kinder: {},
    explain: {},
    problems: []
  }
  const hot = new Set<string>()
  const own = validate(packLocale)
  if (own.problem) lex.problems.push(own.problem)
  if (own.file) addFile(lex, own.file, hot, true, lex.knownOwn, new Set())
  if (ALSO_ENGLISH.has(packLocale)) {
    const en = validate('en')
    if (en.problem) lex.problems.push(en.problem)
    // the locale's own ordinary words win over English ones ("jap" is Malay for "a moment")
    if (en.file) addFile(lex, en.file, hot, !own.file, lex.knownEnglish, new Set(own.file?.ordinary.map(normalizePhrase) ?? []))
  } else for (const w of lex.knownOwn) lex.knownEnglish.add(w)
  lex.spell = buildSpellIndex(hot)
  return lex
}

const compiled = new Map<string, CompiledLexicon>()

/** The compiled lexicon of a pack locale (compiled once per process; six locales at most). */
export function getLexicon(packLocale: string): CompiledLexicon {
  let lex = compiled.get(packLocale)
  if (!lex) compiled.set(packLocale, (lex = compileLexicon(packLocale)))
  return lex
}
