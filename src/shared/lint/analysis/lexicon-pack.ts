import { z } from 'zod'
import { normalizePhrase } from '../normalize-phrase'
import { PREDICATE_KINDS, type FindingKind, type LexiconFile } from './lexicon-schema'
import type { Role, RoleEntry } from './lexicon'

/**
 * A lexicon as the engine loads it: every phrase already normalised and grouped by its first word,
 * each group one packed string that is split only when a text first uses that word. Written by
 * `npm run lint:pack` (scripts/lint-data/pack-lexicons.ts) from the hand-written
 * `lexicon/<locale>.json`; a test fails when a packed file is older than its source.
 *
 * Why: compiling the hand-written tables in the process that lints (normalising ~20,000 phrases,
 * splitting them, folding accents) cost 90–250 ms before the first finding; the packed file is read
 * with one JSON.parse and a few Set constructions.
 */
export const PACK_FORMAT = 3

/** Separators inside packed strings: normalised words hold only letters, marks and digits. */
export const PHRASE_SEP = '|'
export const INDEX_SEP = ':'

const SpaceList = z.string()

/** Checked by hand, not per key by zod: a pack has ~2,000–5,000 groups and zod's per-key work was most of the first lint. */
const isStringRecord = (v: unknown): v is Record<string, string> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  for (const k in v) if (typeof (v as Record<string, unknown>)[k] !== 'string') return false
  return true
}
const RoleEntrySchema = z.object({
  role: z.string(),
  kind: z.string().optional(),
  group: z.string().optional(),
  neutral: z.string().optional()
})

export const PackedLexicon = z.object({
  format: z.literal(PACK_FORMAT),
  locale: z.string().min(2),
  /** FNV-1a of the source file's canonical JSON, so a stale pack is caught by a test, not by a user. */
  source: z.string(),
  entries: z.array(RoleEntrySchema),
  /** first word → "rest of phrase:entry index|…" in table order (docs/lint-lexicon.md: the first role wins). */
  groups: z.custom<Record<string, string>>(isStringRecord, 'expected an object of packed phrase strings'),
  /** Distinct words of every table, space separated. */
  words: SpaceList,
  /** Single words that make a finding (predicates, slurs, profanity): spelling is corrected towards these. */
  hot: SpaceList,
  /** Further words spelling is corrected towards: identity groups, people, content words of multi-word predicates. */
  respell: SpaceList,
  /** Words (4+ letters) of multi-word hot phrases ("sick" of "sick of"): two of them run together are split. */
  joinable: SpaceList,
  hotFirst: SpaceList,
  oneLetter: SpaceList,
  glue: SpaceList,
  pronouns: z.record(z.string(), z.enum(['second', 'first', 'third'])),
  /** "ordinary": words never respelled, and whole phrases another locale's tables must not add. */
  ordinaryWords: SpaceList,
  ordinaryPhrases: z.array(z.string()),
  counter: z.array(z.string()),
  kinder: z.record(z.string(), z.array(z.string())),
  explain: z.record(z.string(), z.string())
})
export type PackedLexicon = z.infer<typeof PackedLexicon>

const GLUE_ROLES = new Set<Role>([
  'second',
  'secondPossessive',
  'first',
  'firstPossessive',
  'third',
  'negator',
  'copula',
  'universal'
])
const HOT_ROLES = new Set<Role>(['predicate', 'slur', 'profanity'])
/** Words a finding is built from: a misspelt "wmoen" or "teachr" is still a target. */
const RESPELL_ROLES = new Set<Role>(['group', 'person'])
/** From this length ("plague" in "a plague", "women"; not "are", "a", nor short words like "maba", "cara" that a slip of a real word lands on). */
const RESPELL_MIN = 5
/** "sick" in "sickof", "burn" in "burnyour": shorter pieces are as often a word's own syllables. */
const JOINABLE_MIN = 4

/** The tables in the order the engine reads them; within a phrase, the first role added wins. */
function tables(f: LexiconFile): [readonly string[], RoleEntry][] {
  const p = f.pronouns
  const fr = f.frames
  return [
    [p.second, { role: 'second' }],
    [p.secondPossessive, { role: 'secondPossessive' }],
    [p.first, { role: 'first' }],
    [p.firstPossessive, { role: 'firstPossessive' }],
    [p.third, { role: 'third' }],
    [p.thirdPossessive, { role: 'thirdPossessive' }],
    [p.thing, { role: 'thingPronoun' }],
    [f.people, { role: 'person' }],
    ...Object.entries(f.groups).map(([group, words]): [string[], RoleEntry] => [words, { role: 'group', group }]),
    ...f.slurs.map((s): [string[], RoleEntry] => [s.terms, { role: 'slur', group: s.group, neutral: s.neutral }]),
    [f.personParts, { role: 'part' }],
    [f.things, { role: 'thing' }],
    ...PREDICATE_KINDS.map((kind): [string[], RoleEntry] => [f.predicates[kind], { role: 'predicate', kind }]),
    [f.positive, { role: 'positive' }],
    [f.profanity, { role: 'profanity' }],
    [fr.negators, { role: 'negator' }],
    [fr.report, { role: 'report' }],
    [fr.hypothetical, { role: 'hypothetical' }],
    [fr.modals, { role: 'modal' }],
    [fr.copulas, { role: 'copula' }],
    [fr.universal, { role: 'universal' }],
    [fr.clauseBreaks, { role: 'clauseBreak' }]
  ]
}

/** Pure: a validated hand-written lexicon → its packed form. */
export function packLexicon(f: LexiconFile, sourceHash: string): PackedLexicon {
  const entries: RoleEntry[] = []
  const entryIndex = new Map<string, number>()
  const groups = new Map<string, string[]>()
  const words = new Set<string>()
  const hot = new Set<string>()
  const hotFirst = new Set<string>()
  const respell = new Set<string>()
  const joinable = new Set<string>()
  const oneLetter = new Set<string>()
  const glue = new Set<string>()
  const pronouns: Record<string, 'second' | 'first' | 'third'> = {}
  for (const [phrases, entry] of tables(f)) {
    const key = JSON.stringify(entry)
    let index = entryIndex.get(key)
    if (index === undefined) {
      entryIndex.set(key, (index = entries.length))
      entries.push(entry)
    }
    for (const phrase of phrases) {
      const norm = normalizePhrase(phrase)
      if (!norm) continue
      const seq = norm.split(' ')
      const head = seq[0]
      let group = groups.get(head)
      if (!group) groups.set(head, (group = []))
      group.push(`${seq.slice(1).join(' ')}${INDEX_SEP}${index}`)
      for (const w of seq) words.add(w)
      if (HOT_ROLES.has(entry.role) || entry.role === 'positive') hotFirst.add(head)
      if (seq.length !== 1) {
        // "kapansanan" of "may kapansanan", "people" of "gay people": a misspelt word of a group's name
        if (RESPELL_ROLES.has(entry.role)) for (const w of seq) if (w.length >= RESPELL_MIN) respell.add(w)
        if (HOT_ROLES.has(entry.role))
          for (const w of seq) {
            if (w.length >= RESPELL_MIN) respell.add(w)
            if (w.length >= JOINABLE_MIN) joinable.add(w)
          }
        continue
      }
      if (HOT_ROLES.has(entry.role)) hot.add(head)
      else if (RESPELL_ROLES.has(entry.role) && head.length >= RESPELL_MIN) respell.add(head)
      if (head.length === 1) oneLetter.add(head)
      if (GLUE_ROLES.has(entry.role)) glue.add(head)
      if ((entry.role === 'second' || entry.role === 'first' || entry.role === 'third') && !(head in pronouns))
        pronouns[head] = entry.role
    }
  }
  const ordinaryWords = new Set<string>()
  for (const w of f.ordinary) for (const piece of normalizePhrase(w).split(' ')) if (piece) ordinaryWords.add(piece)
  const kinder: Partial<Record<FindingKind, string[]>> = {}
  for (const [k, v] of Object.entries(f.kinder)) if (v?.length) kinder[k as FindingKind] = v
  const explain: Partial<Record<FindingKind, string>> = {}
  for (const [k, v] of Object.entries(f.explain)) if (v) explain[k as FindingKind] = v
  return {
    format: PACK_FORMAT,
    locale: f.locale,
    source: sourceHash,
    entries,
    groups: Object.fromEntries([...groups].map(([head, list]) => [head, list.join(PHRASE_SEP)])),
    words: [...words].join(' '),
    hot: [...hot].join(' '),
    respell: [...respell].filter((w) => !hot.has(w)).join(' '),
    joinable: [...joinable].filter((w) => !hot.has(w) && !respell.has(w)).join(' '),
    hotFirst: [...hotFirst].join(' '),
    oneLetter: [...oneLetter].join(' '),
    glue: [...glue].join(' '),
    pronouns,
    ordinaryWords: [...ordinaryWords].join(' '),
    ordinaryPhrases: f.ordinary.map(normalizePhrase).filter(Boolean),
    counter: f.frames.counter.map(normalizePhrase).filter(Boolean),
    kinder: kinder as Record<string, string[]>,
    explain: explain as Record<string, string>
  }
}

/** Words of a packed space list (empty string → none). */
export const spaceList = (s: string): string[] => (s ? s.split(' ') : [])
