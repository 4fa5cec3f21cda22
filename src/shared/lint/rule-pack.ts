import type { LintCategory, Severity } from './types'
import { LINT_CATEGORIES } from './types'
import type { PackedContext } from './rule-pack-context'

/**
 * The v1 phrase rules as the engine loads them (rules/packed/<locale>.json, written by
 * `npm run lint:pack` from rules/<locale>/*.json and the cuss list by rule-pack-build.ts). Every
 * pattern is already expanded ("{you} (are|re) so? dumb" → 8 word sequences), and the sequences
 * are grouped by first word in the packed-string format of grouped-trie.ts, split only when a text
 * first uses that word.
 *
 * The pack also carries the locale's context data (locale.json, validated, its phrase lists
 * expanded: rule-pack-context.ts), so the engine runs no zod and no pattern expansion for a locale.
 *
 * Why: expanding ~20,000 sequences per locale (and validating ~70 rule files with zod) in the
 * linting process was most of the first lint (88–175 ms per locale on 2026-12-07).
 */
export const RULE_PACK_FORMAT = 1

/** One curated rule. `words`: its sequences' distinct words ("*" included), space separated. */
export interface PackedRule {
  ruleId: string
  category: LintCategory
  severity: Severity
  suggestions: string[]
  explanation: string
  url?: string
  /** The locale whose texts the rule carries (the rule file's `locale`). */
  locale: string
  words: string
}

/** Sequences grouped by first word: head → "rest of phrase:value index|…", in the order compiled. */
export interface PackedPhrases {
  groups: Record<string, string>
  /** Every word of the sequences but "*", space separated, in first-use order (tokenizer re-joining). */
  vocabulary: string
}

/** The cuss package's entries kept for this locale: one rule each, all with the same texts. */
export interface PackedCuss extends PackedPhrases {
  locale: string
  suggestion: string
  explanation: string
  /** [rule id slug, severity] */
  values: [string, Severity][]
}

export interface PackedRules {
  format: typeof RULE_PACK_FORMAT
  locale: string
  /** Hash of everything the pack was made from, so a stale pack is caught by a test, not a user. */
  source: string
  context: PackedContext
  rules: PackedPhrases & { values: PackedRule[] }
  /** Only for locales graded from the cuss list (en, pt-BR, es-MX). */
  cuss: PackedCuss | null
}

const SEVERITIES = new Set<string>(['error', 'warning', 'info'])
const CATEGORIES = new Set<string>(LINT_CATEGORIES)

/** The first field that does not fit: its path in the pack and what was expected there. */
class Misfit extends Error {
  constructor(
    readonly path: string,
    readonly expected: string
  ) {
    super(`${path}: expected ${expected}`)
  }
}

function need(ok: boolean, path: string, expected: string): void {
  if (!ok) throw new Misfit(path, expected)
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string'

function list(v: unknown, path: string): unknown[] {
  need(Array.isArray(v), path, 'a list')
  return v as unknown[]
}

function checkPhrases(v: unknown, path: string): Record<string, unknown> {
  need(isRecord(v), path, 'an object')
  const o = v as Record<string, unknown>
  need(isRecord(o.groups), `${path}.groups`, 'an object of packed phrase strings')
  const groups = o.groups as Record<string, unknown>
  for (const head in groups) need(isString(groups[head]), `${path}.groups.${head}`, 'a packed phrase string')
  need(isString(o.vocabulary), `${path}.vocabulary`, 'a string')
  return o
}

function checkRule(v: unknown, path: string): void {
  need(isRecord(v), path, 'an object')
  const r = v as Record<string, unknown>
  for (const k of ['ruleId', 'explanation', 'locale', 'words']) need(isString(r[k]), `${path}.${k}`, 'a string')
  need(CATEGORIES.has(r.category as string), `${path}.category`, 'a lint category')
  need(SEVERITIES.has(r.severity as string), `${path}.severity`, 'error, warning or info')
  need(list(r.suggestions, `${path}.suggestions`).every(isString), `${path}.suggestions`, 'strings')
  need(r.url === undefined || isString(r.url), `${path}.url`, 'a string')
}

type Shape = 'string' | 'strings' | 'texts' | 'lists' | { [field: string]: Shape }

/** The shape of a validated locale.json (rules/schema.ts LocaleFile; a test keeps the fields in step). */
export const LOCALE_SHAPE: { [field: string]: Shape } = {
  locale: 'string',
  placeholders: 'lists',
  secondPerson: 'strings',
  negators: 'strings',
  mentionVerbs: 'strings',
  counterSpeech: 'strings',
  kindMessages: 'strings',
  depictionSpeakers: 'strings',
  notNegating: 'strings',
  profanityList: { sure: 'string', maybe: 'string' },
  profanityExclusions: 'strings',
  messages: {
    categories: 'texts',
    notes: 'texts',
    noCounter: { message: 'string', suggestion: 'string', explanation: 'string' },
    deny: { suggestion: 'string', explanation: 'string' },
    profanity: { suggestion: 'string', explanation: 'string' }
  }
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every(isString)
const everyValue = (v: unknown, ok: (x: unknown) => boolean): boolean => isRecord(v) && Object.values(v).every(ok)

function checkShape(v: unknown, shape: Shape, path: string): void {
  if (shape === 'string') return need(isString(v), path, 'a string')
  if (shape === 'strings') return need(isStrings(v), path, 'a list of strings')
  if (shape === 'texts') return need(everyValue(v, isString), path, 'an object of strings')
  if (shape === 'lists') return need(everyValue(v, isStrings), path, 'an object of string lists')
  need(isRecord(v), path, 'an object')
  for (const [k, s] of Object.entries(shape)) checkShape((v as Record<string, unknown>)[k], s, `${path}.${k}`)
}

// By hand, not with zod: this runs before the first finding, and a pack has ~1,700 values at most.
function checkPack(v: unknown, locale: string): PackedRules {
  need(isRecord(v), '(root)', 'an object')
  const p = v as Record<string, unknown>
  need(p.format === RULE_PACK_FORMAT, 'format', String(RULE_PACK_FORMAT))
  need(p.locale === locale, 'locale', `"${locale}"`)
  need(isString(p.source), 'source', 'a string')
  checkShape(
    p.context,
    { data: LOCALE_SHAPE, counterSpeech: 'strings', kindMessages: 'strings', notNegating: 'strings' },
    'context'
  )
  const rules = checkPhrases(p.rules, 'rules')
  list(rules.values, 'rules.values').forEach((r, i) => checkRule(r, `rules.values.${i}`))
  if (p.cuss !== null) {
    const cuss = checkPhrases(p.cuss, 'cuss')
    for (const k of ['locale', 'suggestion', 'explanation']) need(isString(cuss[k]), `cuss.${k}`, 'a string')
    list(cuss.values, 'cuss.values').forEach((c, i) =>
      need(Array.isArray(c) && isString(c[0]) && SEVERITIES.has(c[1]), `cuss.values.${i}`, '[slug, severity]')
    )
  }
  return v as PackedRules
}

/** A locale's packed rules, or what is wrong with them, named: the rest of the lint runs without them. */
export function readRulePack(raw: unknown, locale: string): { pack: PackedRules } | { problem: string } {
  const file = `Kindness rule pack rules/packed/${locale}.json`
  const rebuild = 'npm run lint:pack rebuilds it'
  if (raw === undefined) return { problem: `${file} is missing: the ${locale} phrase rules are off (${rebuild}).` }
  try {
    return { pack: checkPack(raw, locale) }
  } catch (e) {
    if (!(e instanceof Misfit)) throw e
    return {
      problem: `${file} is malformed at ${e.path}: expected ${e.expected}. The ${locale} phrase rules are off (${rebuild}).`
    }
  }
}
