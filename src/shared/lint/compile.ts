import { cuss as cussEn } from 'cuss'
import { cuss as cussEs } from 'cuss/es'
import { cuss as cussPt } from 'cuss/pt'
import { expand } from './pattern'
import { PhraseTrie } from './trie'
import { GroupedPhraseIndex } from './grouped-trie'
import { normalizeWord } from './normalize'
import { parseDataFile, RuleFile, LocaleFile, type LocaleFile as LocaleData } from './rules/schema'
import { RULE_DATA, type LocalePackData } from './rules/registry'
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
  /** Built one first word at a time when a text uses it: a pack holds ~20,000 expanded phrases (grouped-trie.ts). */
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

/**
 * Code-switching is normal in Malaysian, Indonesian and Filipino scripts ("ang bobo mo, loser"), so
 * those packs also run the English rules (not the English profanity list, whose short words collide).
 */
const ALSO_ENGLISH = new Set(['ms', 'id', 'fil'])
const CUSS: Record<string, Record<string, number>> = { en: cussEn, 'es-MX': cussEs, 'pt-BR': cussPt }

function slug(text: string): string {
  return (
    normalizeWord(text)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'phrase'
  )
}

function addRuleFiles(pack: CompiledPack, data: LocalePackData, locale: LocaleData): void {
  const placeholders = locale.placeholders
  for (const [name, raw] of Object.entries(data.categories)) {
    const file = parseOnce(RuleFile, name, raw)
    for (const entry of file.entries) {
      const rule: CompiledRule = {
        ruleId: `kind/${file.category}/${entry.id}`,
        category: file.category,
        severity: entry.severity ?? file.severity,
        suggestions: entry.suggestions,
        explanation: entry.explanation,
        url: entry.url,
        origin: 'rules',
        locale: file.locale,
        words: new Set()
      }
      for (const phrase of entry.phrases)
        for (const seq of expand(phrase, { placeholders, where: `${name} entry "${entry.id}"` })) {
          pack.rules.add(seq, rule)
          for (const w of seq) rule.words.add(w)
        }
    }
  }
}

function addCuss(pack: CompiledPack, list: Record<string, number>, locale: LocaleData): void {
  const { suggestion, explanation } = locale.messages.profanity
  const excluded = new Set(locale.profanityExclusions.map(normalizeWord))
  // cuss sureness: 2 = surely profane, 1 = maybe, 0 = rarely (skipped: "american", "cocktail").
  const bySureness: Record<number, string> = { 1: locale.profanityList.maybe, 2: locale.profanityList.sure }
  for (const [word, sureness] of Object.entries(list)) {
    const severity = bySureness[sureness]
    if (!severity || severity === 'off' || excluded.has(normalizeWord(word))) continue
    const rule: CompiledRule = {
      ruleId: `kind/profanity/cuss/${slug(word)}`,
      category: 'profanity',
      severity: severity as Severity,
      suggestions: [suggestion],
      explanation,
      origin: 'cuss',
      locale: locale.locale,
      words: new Set()
    }
    for (const seq of expand(word.replace(/[()|{}?*]/g, ' '), {
      placeholders: {},
      where: `cuss/${locale.locale} "${word}"`
    }))
      pack.rules.add(seq, rule)
  }
}

/**
 * Validated rule data by the imported JSON object. The ms, id and fil packs also compile the
 * English files: parsing them once also lets pattern.ts reuse its group and placeholder
 * expansions (memoized per placeholder table) across those packs. Failures are not kept.
 */
const parsedFiles = parsedRuleFiles

function parseOnce<T>(schema: Parameters<typeof parseDataFile<T>>[0], name: string, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null) return parseDataFile(schema, name, raw)
  if (parsedFiles.has(raw)) return parsedFiles.get(raw) as T
  const parsed = parseDataFile(schema, name, raw)
  parsedFiles.set(raw, parsed)
  return parsed
}

function phraseTrie(phrases: string[], placeholders: Record<string, string[]>, where: string): PhraseTrie<true> {
  const trie = new PhraseTrie<true>()
  for (const p of phrases) for (const seq of expand(p, { placeholders, where })) trie.add(seq, true)
  return trie
}

const norms = (words: string[]) => new Set(words.map(normalizeWord))

function buildPack(packLocale: string): CompiledPack {
  const data = RULE_DATA[packLocale]
  const locale = parseOnce(LocaleFile, `rules/${packLocale}/locale.json`, data.locale)
  const english = ALSO_ENGLISH.has(packLocale) ? RULE_DATA.en : null
  const englishLocale = english ? parseOnce(LocaleFile, 'rules/en/locale.json', english.locale) : null
  const ph = locale.placeholders
  const pack: CompiledPack = {
    locale: packLocale,
    rules: new GroupedPhraseIndex(),
    secondPerson: norms([...locale.secondPerson, ...(englishLocale?.secondPerson ?? [])]),
    negators: norms([...locale.negators, ...(englishLocale?.negators ?? [])]),
    mentionVerbs: norms([...locale.mentionVerbs, ...(englishLocale?.mentionVerbs ?? [])]),
    counterSpeech: phraseTrie(locale.counterSpeech, ph, `rules/${packLocale}/locale.json counterSpeech`),
    kindMessages: phraseTrie(locale.kindMessages, ph, `rules/${packLocale}/locale.json kindMessages`),
    depictionSpeakers: norms([...locale.depictionSpeakers, 'bully', 'bullies']),
    notNegating: phraseTrie(
      [...locale.notNegating, ...(englishLocale?.notNegating ?? [])],
      ph,
      `rules/${packLocale}/locale.json notNegating`
    ),
    data: locale,
    vocabulary: new Set()
  }
  addRuleFiles(pack, data, locale)
  if (english && englishLocale) {
    addRuleFiles(pack, english, englishLocale)
    for (const p of englishLocale.counterSpeech)
      for (const s of expand(p, { placeholders: englishLocale.placeholders, where: 'rules/en counterSpeech' }))
        pack.counterSpeech.add(s, true)
    for (const p of englishLocale.kindMessages)
      for (const s of expand(p, { placeholders: englishLocale.placeholders, where: 'rules/en kindMessages' }))
        pack.kindMessages.add(s, true)
  }
  const cuss = CUSS[packLocale]
  if (cuss) addCuss(pack, cuss, locale)
  pack.vocabulary = pack.rules.vocabulary
  return pack
}

const packs = compiledPacks

/** The compiled pack for a locale (cached), or null when Kindframe has no rules for that language. */
export function getPack(locale: string): CompiledPack | null {
  const packLocale = resolvePackLocale(locale)
  if (!packLocale || !RULE_DATA[packLocale]) return null
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

/** Forces every pack to compile: used by tests and the CLI to surface malformed data early. */
export function loadAllPacks(): CompiledPack[] {
  return Object.keys(RULE_DATA)
    .map((l) => getPack(l))
    .filter((p): p is CompiledPack => p !== null)
}
