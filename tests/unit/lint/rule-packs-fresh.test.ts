import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packRules, RULE_LOCALES } from '../../../src/shared/lint/rule-pack-build'

const dir = join(import.meta.dirname, '../../../src/shared/lint/rules/packed')

// The engine reads rules/packed/*.json; people edit rules/<locale>/*.json (and npm upgrades cuss).
// A pack older than its sources would lint with yesterday's rules, silently: this is where that gets caught.
describe.each(RULE_LOCALES)('rule pack %s', (locale) => {
  it('is what `npm run lint:pack` makes from the rule files today', () => {
    const fresh = packRules(locale)
    const packed = JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as { source: string }
    expect(packed.source, `rules/packed/${locale}.json is stale: run npm run lint:pack`).toBe(fresh.source)
    expect(packed).toEqual(JSON.parse(JSON.stringify(fresh)))
  })
})
