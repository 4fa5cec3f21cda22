import { expand } from './pattern'
import { PhraseTrie } from './trie'
import { GroupedPhraseIndex } from './grouped-trie'
import { normalizeWord } from './normalize'
import { slug } from './slug'
import { parseDataFile, LocaleFile, type LocaleFile as LocaleData } from './rules/schema'
import { LOCALE_FILES, RULE_PACKS } from './rules/engine-registry'
import { readRulePack, type PackedCuss, type PackedPhrases, type PackedRules } from './rule-pack'
import { ALSO_ENGLISH, packContext, type PackedContext } from './rule-pack-context'
import { getLexicon } from './analysis/lexicon'
import { compiledPacks, parsedRuleFiles } from './caches'
import type { LintCategory, Severity } from './types'

export interface CompiledRule {
  ruleId: string
  category: LintCategory
  severity: Severity
  suggestions: string[]
  explanation: string
  url?: string
  /** 'rules' = our curated data; 'cuss' = graded profanity list; 'deny' = project deny list. */
  origin: 'rules' | 'cuss' | 'deny'
  /** The locale whose texts (suggestions, explanation) this rule carries. */
  locale: string
  /** Literal words of the rule's phrases: a negator matched by a "*" ("I would never hurt you") still negates. */
  words: Set<string>
}

export interface CompiledPack {
  locale: string
  /** Read from rules/packed (rule-pack.ts), one first word at a time when a text uses it: ~20,000 sequences. */
  rules: GroupedPhraseIndex<CompiledRule>
  secondPerson: Set<string>
  negators: Set<string>
  mentionVerbs: Set<string>
  counterSpeech: PhraseTrie<true>
  kindMessages: PhraseTrie<true>
  depictionSpeakers: Set<string>
  notNegating: PhraseTrie<true>
  data: LocaleData
  /** Every word any rule uses: lets the tokenizer re-join "s t u p i d". */
  vocabulary: Set<string>
  /** Rule packs that could not be read, named: the lint runs without their phrase rules. */
  problems: string[]
}

/** 'pt' → 'pt-BR', 'es-419' → 'es-MX', 'en-GB' → 'en', 'tl' → 'fil', 'in' (old id) → 'id'. */
export function resolvePackLocale(locale: string): string | null {
  const lang = locale.toLowerCase().split(/[-_]/)[0] ?? ''
  const byLang: Record<string, string> = {
    en: 'en',
    ms: 'ms',
    zsm: 'ms',
    id: 'id',
    in: 'id',
    fil: 'fil',
    tl: 'fil',
    pt: 'pt-BR',
    es: 'es-MX'
  }
  return byLang[lang] ?? null
}

/** Adds a packed section's phrases under their first words, and its words to the pack's vocabulary. */
function addPhrases(
  pack: CompiledPack,
  phrases: PackedPhrases,
  values: readonly CompiledRule[],
  skip?: ReadonlySet<string>
): void {
  for (const head in phrases.groups) pack.rules.addPacked(head, { packed: phrases.groups[head], values, skip })
  for (const w of phrases.vocabulary.split(' ')) if (w) pack.vocabulary.add(w)
}

function addRules(pack: CompiledPack, rules: PackedRules['rules'], skip?: ReadonlySet<string>): void {
  const values = rules.values.map((r): CompiledRule => ({
    ruleId: r.ruleId,
    category: r.category,
    severity: r.severity,
    suggestions: r.suggestions,
    explanation: r.explanation,
    url: r.url,
    origin: 'rules',
    locale: r.locale,
    words: new Set(r.words.split(' '))
  }))
  addPhrases(pack, rules, values, skip)
}

function addCuss(pack: CompiledPack, cuss: PackedCuss): void {
  const values = cuss.values.map(([id, severity]): CompiledRule => ({
    ruleId: `kind/profanity/cuss/${id}`,
    category: 'profanity',
    severity,
    suggestions: [cuss.suggestion],
    explanation: cuss.explanation,
    origin: 'cuss',
    locale: cuss.locale,
    words: new Set()
  }))
  addPhrases(pack, cuss, values)
}

/**
 * Validated locale.json data by the imported JSON object, for locales whose pack cannot be read
 * (read() below); ms, id and fil also need the English one. Failures are not kept.
 */
const parsedFiles = parsedRuleFiles

function parseOnce<T>(schema: Parameters<typeof parseDataFile<T>>[0], name: string, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null) return parseDataFile(schema, name, raw)
  if (parsedFiles.has(raw)) return parsedFiles.get(raw) as T
  const parsed = parseDataFile(schema, name, raw)
  parsedFiles.set(raw, parsed)
  return parsed
}

/** Word sequences (space separated) into a trie, in order. */
function addSequences(trie: PhraseTrie<true>, sequences: readonly string[]): PhraseTrie<true> {
  for (const seq of sequences) trie.add(seq.split(' '), true)
  return trie
}

const norms = (words: string[]) => new Set(words.map(normalizeWord))

type Read = { pack: PackedRules; context: PackedContext } | { problem: string; context: PackedContext }

/**
 * A locale's rule pack and context. When the pack cannot be read, the problem is named and the
 * context comes from locale.json itself (validated and expanded here, the slow way), so negation,
 * counter-speech and the message texts still work without that locale's phrase rules.
 */
function read(locale: string): Read {
  const read = readRulePack(RULE_PACKS[locale], locale)
  if ('pack' in read) return { pack: read.pack, context: read.pack.context }
  const data = parseOnce(LocaleFile, `rules/${locale}/locale.json`, LOCALE_FILES[locale])
  const english = ALSO_ENGLISH.has(locale) ? parseOnce(LocaleFile, 'rules/en/locale.json', LOCALE_FILES.en) : null
  return { problem: read.problem, context: packContext(locale, data, english) }
}

function buildPack(packLocale: string): CompiledPack {
  const own = read(packLocale)
  const english = ALSO_ENGLISH.has(packLocale) ? read('en') : null
  const locale = own.context.data
  const englishLocale = english?.context.data
  const pack: CompiledPack = {
    locale: packLocale,
    rules: new GroupedPhraseIndex(),
    secondPerson: norms([...locale.secondPerson, ...(englishLocale?.secondPerson ?? [])]),
    negators: norms([...locale.negators, ...(englishLocale?.negators ?? [])]),
    mentionVerbs: norms([...locale.mentionVerbs, ...(englishLocale?.mentionVerbs ?? [])]),
    counterSpeech: addSequences(new PhraseTrie(), own.context.counterSpeech),
    kindMessages: addSequences(new PhraseTrie(), own.context.kindMessages),
    depictionSpeakers: norms([...locale.depictionSpeakers, 'bully', 'bullies']),
    notNegating: addSequences(new PhraseTrie(), own.context.notNegating),
    data: locale,
    vocabulary: new Set(),
    problems: []
  }
  for (const r of [own, english]) if (r && 'problem' in r) pack.problems.push(r.problem)
  // own rules, then English, then cuss: the order in which rules on the same words win ties
  if ('pack' in own) addRules(pack, own.pack.rules)
  // (not the English rules' words that are this language's own ordinary words: Malay "jap" is "a
  // moment", "pakis" a fern, Tagalog "mong" is "your")
  if (english && 'pack' in english) addRules(pack, english.pack.rules, getLexicon(packLocale).ordinary)
  if (english) {
    addSequences(pack.counterSpeech, english.context.counterSpeech)
    addSequences(pack.kindMessages, english.context.kindMessages)
  }
  if ('pack' in own && own.pack.cuss) addCuss(pack, own.pack.cuss)
  return pack
}

const packs = compiledPacks

/** The compiled pack for a locale (cached), or null when Kindframe has no rules for that language. */
export function getPack(locale: string): CompiledPack | null {
  const packLocale = resolvePackLocale(locale)
  if (!packLocale || !LOCALE_FILES[packLocale]) return null
  let pack = packs.get(packLocale)
  if (!pack) packs.set(packLocale, (pack = buildPack(packLocale)))
  return pack
}

/** Compiles a project's deny list (phrases in the same syntax) into its own trie. */
export function compileDenyList(deny: readonly string[], pack: CompiledPack | null): PhraseTrie<CompiledRule> {
  const trie = new PhraseTrie<CompiledRule>()
  const texts = pack?.data.messages.deny ?? {
    suggestion: 'Rephrase or remove this.',
    explanation: 'This phrase is on the project deny list.'
  }
  for (const phrase of deny) {
    if (!phrase.trim()) continue
    const rule: CompiledRule = {
      ruleId: `kind/deny/${slug(phrase)}`,
      category: 'custom',
      severity: 'error',
      suggestions: [texts.suggestion],
      explanation: texts.explanation,
      origin: 'deny',
      locale: pack?.locale ?? 'en',
      words: new Set()
    }
    for (const seq of expand(phrase, {
      placeholders: pack?.data.placeholders ?? {},
      where: `project lint.deny "${phrase}"`
    }))
      trie.add(seq, rule)
  }
  return trie
}

/** Forces every pack to load: used by tests and the bench (a malformed locale.json throws here). */
export function loadAllPacks(): CompiledPack[] {
  return Object.keys(LOCALE_FILES)
    .map((l) => getPack(l))
    .filter((p): p is CompiledPack => p !== null)
}
