import { describe, expect, it } from 'vitest'
import { loadAllPacks, parseDataFile, RuleFile, LocaleFile } from '../../../src/shared/lint'
import { RULE_DATA } from '../../../src/shared/lint/rules/registry'
import { expand } from '../../../src/shared/lint/pattern'
import { KindframeError } from '../../../src/shared/errors'

const CATEGORIES = [
  'threat',
  'self-harm',
  'identity',
  'insult',
  'exclusion',
  'body',
  'profanity',
  'condescension',
  'ableist',
  'gendered'
]

describe('rule packs', () => {
  it('every pack compiles; en ≥ 150 entries, others ≥ 60, every category covered, each with suggestions and explanation', () => {
    expect(
      loadAllPacks()
        .map((p) => p.locale)
        .sort()
    ).toEqual(['en', 'es-MX', 'fil', 'id', 'ms', 'pt-BR'])
    for (const [locale, data] of Object.entries(RULE_DATA)) {
      const files = Object.entries(data.categories).map(([name, raw]) => parseDataFile(RuleFile, name, raw))
      const entries = files.flatMap((f) => f.entries)
      expect(entries.length, locale).toBeGreaterThanOrEqual(locale === 'en' ? 150 : 60)
      expect(files.map((f) => f.category).sort(), locale).toEqual([...CATEGORIES].sort())
      for (const f of files) expect(f.locale).toBe(locale)
      for (const e of entries) {
        expect(e.suggestions.length).toBeGreaterThan(0)
        expect(e.explanation.length).toBeGreaterThan(10)
      }
      const ids = files.flatMap((f) => f.entries.map((e) => `${f.category}/${e.id}`))
      expect(new Set(ids).size, `${locale}: duplicate ids`).toBe(ids.length)
      parseDataFile(LocaleFile, `rules/${locale}/locale.json`, data.locale)
    }
  })
})

describe('malformed rule data is refused with the file and entry named', () => {
  const good = {
    locale: 'en',
    category: 'insult',
    severity: 'warning',
    entries: [{ id: 'x', phrases: ['x'], suggestions: ['be nice'], explanation: 'because.' }]
  }
  it.each([
    [
      { ...good, entries: [{ ...good.entries[0], suggestions: [] }] },
      'rules/en/insult.json is malformed at entry "x" (entries.0.suggestions): needs at least one kinder suggestion'
    ],
    [
      { ...good, entries: [{ ...good.entries[0], id: 'Bad Id' }] },
      'rules/en/insult.json is malformed at entry "Bad Id" (entries.0.id): id must be lower-case letters, digits and dashes'
    ],
    [{ ...good, category: 'rude' }, 'rules/en/insult.json is malformed at category:'],
    [{ ...good, severity: 'fatal' }, 'rules/en/insult.json is malformed at severity:'],
    ['not json at all', 'rules/en/insult.json is malformed at (root):']
  ])('%#', (data, message) => {
    let caught: unknown
    try {
      parseDataFile(RuleFile, 'rules/en/insult.json', data)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(KindframeError)
    expect((caught as KindframeError).code).toBe('parse-failed')
    expect((caught as Error).message).toContain(message)
  })
})

describe('pattern syntax', () => {
  const ctx = { placeholders: { you: ['you', 'u'] }, where: 'test' }
  it('expands alternatives, optional words, groups and placeholders exactly', () => {
    expect(expand('fat ass|fatso', ctx)).toEqual([['fat', 'ass'], ['fatso']])
    expect(expand('{you} (are|re) so? dumb', ctx)).toEqual([
      ['you', 'are', 'so', 'dumb'],
      ['you', 'are', 'dumb'],
      ['you', 're', 'so', 'dumb'],
      ['you', 're', 'dumb'],
      ['u', 'are', 'so', 'dumb'],
      ['u', 'are', 'dumb'],
      ['u', 're', 'so', 'dumb'],
      ['u', 're', 'dumb']
    ])
    expect(expand('Você é, tipo, * chato', ctx)).toEqual([['voce', 'e', 'tipo', '*', 'chato']])
  })
  it.each([
    ['{them} loser', 'unknown placeholder {them}'],
    ['(a|b loser', 'unclosed "("'],
    ['* loser', '"*" cannot start or end a phrase'],
    [
      '(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j)',
      'more than 4000 phrases'
    ]
  ])('%s → %s', (pattern, message) => {
    expect(() => expand(pattern, ctx)).toThrow(message)
  })
})
