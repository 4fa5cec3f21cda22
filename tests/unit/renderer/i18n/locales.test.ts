import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { UI_LOCALES } from '../../../../src/shared/locales'
import { PLURAL_SUFFIX, baseKey, loadFlat, localeDirs, namespaces, sourceFiles } from './locale-files'

const EN_NAMESPACES = namespaces('en')

describe('locale files', () => {
  it('exist for every UI locale and nothing else', () => {
    expect(localeDirs()).toEqual([...UI_LOCALES].sort())
    expect(EN_NAMESPACES).toContain('common')
  })

  for (const lng of UI_LOCALES) {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories as string[]
    for (const ns of EN_NAMESPACES) {
      describe(`${lng}/${ns}`, () => {
        const en = loadFlat('en', ns)
        const here = loadFlat(lng, ns)
        const enBases = new Set(Object.keys(en).map(baseKey))
        const hereBases = new Set(Object.keys(here).map(baseKey))

        it('has exactly the keys of en (plural forms compared by base key)', () => {
          expect([...hereBases].filter((k) => !enBases.has(k)).sort()).toEqual([])
          expect([...enBases].filter((k) => !hereBases.has(k)).sort()).toEqual([])
        })

        it(`has every plural form ${lng} needs (${categories.join(', ')}) and no others`, () => {
          const pluralBases = new Set(
            Object.keys(en)
              .filter((k) => PLURAL_SUFFIX.test(k))
              .map(baseKey)
          )
          for (const base of pluralBases) {
            const forms = Object.keys(here)
              .filter((k) => baseKey(k) === base && k !== base)
              .map((k) => k.slice(base.length + 1))
              .sort()
            expect({ key: base, forms }).toEqual({ key: base, forms: [...categories].sort() })
          }
        })

        it('has no empty strings and keeps every {{placeholder}} of en', () => {
          for (const [key, value] of Object.entries(here)) {
            expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false })
            const enValue = en[key] ?? en[`${baseKey(key)}_other`]
            const wanted = new Set((enValue?.match(/\{\{\w+\}\}/g) ?? []).filter((p) => p !== '{{count}}'))
            const got = new Set(value.match(/\{\{\w+\}\}/g) ?? [])
            for (const p of wanted)
              expect({ key, placeholder: p, present: got.has(p) }).toEqual({ key, placeholder: p, present: true })
          }
        })
      })
    }
  }
})

/**
 * Usage scan. Keys are written as literals in the code (t('a.b'), labelKey: 'a.b', or maps of
 * literal keys), never built from pieces, so a key is used iff its literal (or "ns:key") occurs
 * in src/renderer. Files pick their namespace with useTranslation('ns'); default is common.
 */
describe('key usage in src/renderer', () => {
  const files = sourceFiles().map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  const allText = files.map((f) => f.text).join('\n')

  for (const ns of EN_NAMESPACES) {
    it(`every ${ns} key is used somewhere`, () => {
      const bases = [...new Set(Object.keys(loadFlat('en', ns)).map(baseKey))]
      const unused = bases.filter((k) => !new RegExp(`['"\`](${ns}:)?${k.replace(/\./g, '\\.')}['"\`]`).test(allText))
      expect(unused).toEqual([])
    })
  }

  it('every literal key passed to t() or labelKey exists in its namespace', () => {
    const flat = Object.fromEntries(
      EN_NAMESPACES.map((ns) => [ns, new Set(Object.keys(loadFlat('en', ns)).map(baseKey))])
    )
    const missing: string[] = []
    for (const { path, text } of files) {
      const fileNs = [...text.matchAll(/useTranslation\(\s*['"]([\w-]+)['"]/g)].map((m) => m[1])
      const nsList = fileNs.length ? fileNs : ['common']
      for (const m of text.matchAll(/(?:\bt\(\s*|labelKey:\s*|i18nKey=)['"]([\w.:-]+)['"]/g)) {
        const raw = m[1]
        const [ns, key] = raw.includes(':') ? (raw.split(':') as [string, string]) : [null, raw]
        const candidates = ns ? [ns] : nsList
        // Action labels without a prefix are rendered by the shell's help overlay: common namespace.
        if (m[0].startsWith('labelKey') && !ns) candidates.splice(0, candidates.length, 'common')
        if (!candidates.some((n) => flat[n]?.has(key))) missing.push(`${path.slice(path.indexOf('src/'))}: ${raw}`)
      }
    }
    expect(missing).toEqual([])
  })
})
