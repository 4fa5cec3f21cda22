import { PhraseTrie } from '../trie'
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
  roles: PhraseTrie<RoleEntry>
  counter: PhraseTrie<true>
  /** Every single word any table has: such words are never spell-corrected. */
  known: Set<string>
  /** Words that make a finding (predicates, slurs, profanity): spelling is corrected towards these. */
  spell: SpellIndex
  oneLetter: Set<string>
  /** Words a run-together spelling may be glued from besides the hot word ("i", "you", "not", "ur"). */
  glue: Set<string>
  /** Single words that are pronouns, by person: a pronoun inside a predicate phrase ("te odio") is its target. */
  pronounOf: Map<string, 'second' | 'first' | 'third'>
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

function addAll(lex: CompiledLexicon, words: readonly string[], entry: RoleEntry, hot: Set<string>): void {
  for (const phrase of words) {
    const norm = normalizePhrase(phrase)
    if (!norm) continue
    const seq = norm.split(' ')
    lex.roles.add(seq, entry)
    for (const w of seq) lex.known.add(w)
    if (seq.length === 1 && (entry.role === 'predicate' || entry.role === 'slur' || entry.role === 'profanity')) hot.add(seq[0])
    if (seq.length === 1 && seq[0].length === 1) lex.oneLetter.add(seq[0])
    if (seq.length === 1 && GLUE_ROLES.has(entry.role)) lex.glue.add(seq[0])
    if (seq.length === 1 && (entry.role === 'second' || entry.role === 'first' || entry.role === 'third') && !lex.pronounOf.has(seq[0])) lex.pronounOf.set(seq[0], entry.role)
  }
}

const GLUE_ROLES = new Set<Role>(['second', 'secondPossessive', 'first', 'firstPossessive', 'third', 'negator', 'copula', 'universal'])

function addFile(lex: CompiledLexicon, f: LexiconFile, hot: Set<string>, texts: boolean): void {
  for (const w of f.ordinary) for (const piece of normalizePhrase(w).split(' ')) if (piece) lex.guard.add(piece)
  const p = f.pronouns
  addAll(lex, p.second, { role: 'second' }, hot)
  addAll(lex, p.secondPossessive, { role: 'secondPossessive' }, hot)
  addAll(lex, p.first, { role: 'first' }, hot)
  addAll(lex, p.firstPossessive, { role: 'firstPossessive' }, hot)
  addAll(lex, p.third, { role: 'third' }, hot)
  addAll(lex, p.thirdPossessive, { role: 'thirdPossessive' }, hot)
  addAll(lex, p.thing, { role: 'thingPronoun' }, hot)
  addAll(lex, f.people, { role: 'person' }, hot)
  for (const [group, words] of Object.entries(f.groups)) addAll(lex, words, { role: 'group', group }, hot)
  for (const s of f.slurs) addAll(lex, s.terms, { role: 'slur', group: s.group, neutral: s.neutral }, hot)
  addAll(lex, f.personParts, { role: 'part' }, hot)
  addAll(lex, f.things, { role: 'thing' }, hot)
  for (const kind of PREDICATE_KINDS) addAll(lex, f.predicates[kind], { role: 'predicate', kind }, hot)
  addAll(lex, f.positive, { role: 'positive' }, hot)
  addAll(lex, f.profanity, { role: 'profanity' }, hot)
  const fr = f.frames
  addAll(lex, fr.negators, { role: 'negator' }, hot)
  addAll(lex, fr.report, { role: 'report' }, hot)
  addAll(lex, fr.hypothetical, { role: 'hypothetical' }, hot)
  addAll(lex, fr.modals, { role: 'modal' }, hot)
  addAll(lex, fr.copulas, { role: 'copula' }, hot)
  addAll(lex, fr.universal, { role: 'universal' }, hot)
  addAll(lex, fr.clauseBreaks, { role: 'clauseBreak' }, hot)
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
    roles: new PhraseTrie(),
    counter: new PhraseTrie(),
    known: new Set(),
    spell: { hot: new Set(), deletes: new Map() },
    oneLetter: new Set(),
    glue: new Set(),
    pronounOf: new Map(),
    guard: new Set(SPELLING_GUARD[packLocale] ?? []),
    kinder: {},
    explain: {},
    problems: []
  }
  const hot = new Set<string>()
  const own = validate(packLocale)
  if (own.problem) lex.problems.push(own.problem)
  if (own.file) addFile(lex, own.file, hot, true)
  if (ALSO_ENGLISH.has(packLocale)) {
    const en = validate('en')
    if (en.problem) lex.problems.push(en.problem)
    if (en.file) addFile(lex, en.file, hot, !own.file)
  }
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
