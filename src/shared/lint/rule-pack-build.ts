import { cuss as cussEn } from 'cuss'
import { cuss as cussEs } from 'cuss/es'
import { cuss as cussPt } from 'cuss/pt'
import { sha256Hex } from '../hash/sha256'
import { KindframeError } from '../errors'
import { ANY, expand, type Sequence } from './pattern'
import { normalizeWord } from './normalize'
import { slug } from './slug'
import { parseDataFile, RuleFile, LocaleFile } from './rules/schema'
import { RULE_DATA } from './rules/registry'
import { RULE_PACK_FORMAT, type PackedCuss, type PackedPhrases, type PackedRule, type PackedRules } from './rule-pack'
import { ALSO_ENGLISH, packContext } from './rule-pack-context'
import type { Severity } from './types'

/**
 * Build side of rule-pack.ts: validates a locale's rule files and expands every pattern, in the
 * order the engine used to compile them at first use, so the tries built from the pack hold the
 * same sequences with the same rules in the same order (the first rule on a node wins ties).
 * Run by `npm run lint:pack` and by the test that fails while a pack is stale.
 */

const CUSS: Record<string, Record<string, number>> = { en: cussEn, 'es-MX': cussEs, 'pt-BR': cussPt }

/** Groups sequences by first word in the packed-string format that GroupedPhraseIndex.addPacked splits. */
class Grouper {
  private readonly groups = new Map<string, string[]>()
  private readonly vocabulary = new Set<string>()

  add(sequence: Sequence, value: number, where: string): void {
    for (const w of sequence) {
      // a space or bar inside a word would split differently when unpacked (none can: pattern.ts's words are letters)
      if (/[ |]/.test(w) || !w) throw new KindframeError('parse-failed', `${where}: cannot pack the word "${w}"`)
      if (w !== ANY) this.vocabulary.add(w)
    }
    const [head, ...rest] = sequence
    let items = this.groups.get(head)
    if (!items) this.groups.set(head, (items = []))
    items.push(`${rest.join(' ')}:${value}`)
  }

  packed(): PackedPhrases {
    const groups: Record<string, string> = {}
    for (const [head, items] of this.groups) groups[head] = items.join('|')
    return { groups, vocabulary: [...this.vocabulary].join(' ') }
  }
}

function packRuleFiles(locale: string, placeholders: Record<string, string[]>): PackedRules['rules'] {
  const grouper = new Grouper()
  const values: PackedRule[] = []
  for (const [name, raw] of Object.entries(RULE_DATA[locale].categories)) {
    const file = parseDataFile(RuleFile, name, raw)
    for (const entry of file.entries) {
      const words = new Set<string>()
      const where = `${name} entry "${entry.id}"`
      for (const phrase of entry.phrases)
        for (const seq of expand(phrase, { placeholders, where })) {
          grouper.add(seq, values.length, where)
          for (const w of seq) words.add(w)
        }
      values.push({
        ruleId: `kind/${file.category}/${entry.id}`,
        category: file.category,
        severity: entry.severity ?? file.severity,
        suggestions: entry.suggestions,
        explanation: entry.explanation,
        ...(entry.url === undefined ? {} : { url: entry.url }),
        locale: file.locale,
        words: [...words].join(' ')
      })
    }
  }
  return { ...grouper.packed(), values }
}

function packCuss(list: Record<string, number>, locale: LocaleFile): PackedCuss {
  const excluded = new Set(locale.profanityExclusions.map(normalizeWord))
  // cuss sureness: 2 = surely profane, 1 = maybe, 0 = rarely (skipped: "american", "cocktail").
  const bySureness: Record<number, string> = { 1: locale.profanityList.maybe, 2: locale.profanityList.sure }
  const grouper = new Grouper()
  const values: [string, Severity][] = []
  for (const [word, sureness] of Object.entries(list)) {
    const severity = bySureness[sureness]
    if (!severity || severity === 'off' || excluded.has(normalizeWord(word))) continue
    const where = `cuss/${locale.locale} "${word}"`
    for (const seq of expand(word.replace(/[()|{}?*]/g, ' '), { placeholders: {}, where }))
      grouper.add(seq, values.length, where)
    values.push([slug(word), severity as Severity])
  }
  const { suggestion, explanation } = locale.messages.profanity
  return { ...grouper.packed(), locale: locale.locale, suggestion, explanation, values }
}

/** Packs one locale's rule files (and its cuss grading); a malformed file throws, naming the file and entry. */
export function packRules(locale: string): PackedRules {
  const data = RULE_DATA[locale]
  if (!data) throw new KindframeError('parse-failed', `No rule files for locale "${locale}"`)
  const parsed = parseDataFile(LocaleFile, `rules/${locale}/locale.json`, data.locale)
  const englishRaw = ALSO_ENGLISH.has(locale) ? RULE_DATA.en.locale : null
  const english = englishRaw ? parseDataFile(LocaleFile, 'rules/en/locale.json', englishRaw) : null
  const cuss = CUSS[locale]
  // everything the pack is made from; the cuss list comes from a package, so an upgrade shows too
  const inputs = [RULE_PACK_FORMAT, data.locale, data.categories, englishRaw, cuss ?? null]
  return {
    format: RULE_PACK_FORMAT,
    locale,
    source: sha256Hex(JSON.stringify(inputs)).slice(0, 16),
    context: packContext(locale, parsed, english),
    rules: packRuleFiles(locale, parsed.placeholders),
    cuss: cuss ? packCuss(cuss, parsed) : null
  }
}

/** Locales that have rule files. */
export const RULE_LOCALES = Object.keys(RULE_DATA)
