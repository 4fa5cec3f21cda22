import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint/index'
import {
  FIFTH_DIR,
  SIXTH_DIR,
  FOURTH_DIR,
  HELDOUT_DIR,
  loadSuites,
  rates,
  SUITE_LOCALES,
  THIRD_DIR
} from '../../lint-functional/suite'

// Quality gate (not timing) on the functional suites written apart from the rules
// (tests/lint-functional/README.md, tests/lint-heldout/README.md, tests/lint-third/README.md). The
// floors sit a little under what `npm run eval:lint` measures (docs/lint.md), so a change that loses
// recall or adds false positives fails here; the targets (recall ≥ 0.90, FPR ≤ 0.08) are
// reported by eval:lint, not asserted, because they are not all met yet. The first suite's test
// split and the second suite have been read while improving the lint and are training data of the
// functional model (scripts/train-functional-model.ts); the third and fourth are never read or trained
// on (their floors only count).
const FLOORS: Record<string, { recall: number; fpr: number }> = {
  en: { recall: 0.89, fpr: 0.03 },
  ms: { recall: 0.91, fpr: 0.06 },
  id: { recall: 0.89, fpr: 0.04 },
  fil: { recall: 0.9, fpr: 0.05 },
  'pt-BR': { recall: 0.89, fpr: 0.04 },
  'es-MX': { recall: 0.84, fpr: 0.05 }
}
const HELDOUT_FLOORS: Record<string, { recall: number; fpr: number }> = {
  en: { recall: 0.87, fpr: 0.03 },
  ms: { recall: 0.87, fpr: 0.05 },
  id: { recall: 0.85, fpr: 0.05 },
  fil: { recall: 0.78, fpr: 0.05 },
  'pt-BR': { recall: 0.82, fpr: 0.04 },
  'es-MX': { recall: 0.84, fpr: 0.08 }
}
const THIRD_FLOORS: Record<string, { recall: number; fpr: number }> = {
  en: { recall: 0.89, fpr: 0.06 },
  ms: { recall: 0.81, fpr: 0.07 },
  id: { recall: 0.82, fpr: 0.06 },
  fil: { recall: 0.83, fpr: 0.07 },
  // measured 0.080: at the 0.08 target (docs/lint.md)
  'pt-BR': { recall: 0.82, fpr: 0.09 },
  'es-MX': { recall: 0.82, fpr: 0.07 }
}
// measured when the suite arrived and since (docs/lint.md); the floors guard regressions only
const FOURTH_FLOORS: Record<string, { recall: number; fpr: number }> = {
  en: { recall: 0.68, fpr: 0.07 },
  ms: { recall: 0.78, fpr: 0.1 },
  id: { recall: 0.68, fpr: 0.1 },
  fil: { recall: 0.83, fpr: 0.1 },
  'pt-BR': { recall: 0.71, fpr: 0.09 },
  'es-MX': { recall: 0.8, fpr: 0.1 }
}

// measured once, at the end of the session that added it (docs/lint.md); the floors guard regressions only
const FIFTH_FLOORS: Record<string, { recall: number; fpr: number }> = {
  en: { recall: 0.8, fpr: 0.05 },
  ms: { recall: 0.85, fpr: 0.07 },
  id: { recall: 0.76, fpr: 0.06 },
  fil: { recall: 0.86, fpr: 0.06 },
  'pt-BR': { recall: 0.76, fpr: 0.08 },
  'es-MX': { recall: 0.75, fpr: 0.1 }
}

// measured when it arrived and at the end of that session (tests/lint-sixth/README.md); the floors guard regressions only
const SIXTH_FLOORS: Record<string, { recall: number; fpr: number }> = {
  en: { recall: 0.83, fpr: 0.09 },
  ms: { recall: 0.88, fpr: 0.04 },
  id: { recall: 0.86, fpr: 0.08 },
  fil: { recall: 0.87, fpr: 0.09 },
  'pt-BR': { recall: 0.78, fpr: 0.07 },
  'es-MX': { recall: 0.88, fpr: 0.08 }
}

const flagged = (text: string, locale: string) =>
  lintText(text, { locale }).some((i) => i.severity !== 'info' && i.ruleId !== 'kind/depiction/no-counter-message')

describe('kindness lint on the functional suites (test split)', () => {
  const suites = loadSuites()

  it('has at least 400 cases per locale, each with a test split', () => {
    for (const locale of SUITE_LOCALES) {
      const cases = suites.filter((c) => c.locale === locale)
      expect(cases.length, locale).toBeGreaterThanOrEqual(400)
      expect(cases.filter((c) => c.split === 'test').length, locale).toBeGreaterThanOrEqual(250)
    }
  })

  it.each(SUITE_LOCALES)('%s: recall and false-positive rate stay above their floors', (locale) => {
    const test = suites.filter((c) => c.locale === locale && c.split === 'test')
    const r = rates(test, (c) => flagged(c.text, c.locale))
    expect(r.recall, `${locale} recall`).toBeGreaterThanOrEqual(FLOORS[locale].recall)
    expect(r.fpr, `${locale} FPR`).toBeLessThanOrEqual(FLOORS[locale].fpr)
  })
})

describe.each([
  ['second suite (read since 2026-12-07)', HELDOUT_DIR, HELDOUT_FLOORS],
  ['third suite (never read)', THIRD_DIR, THIRD_FLOORS],
  ['fourth suite (never read)', FOURTH_DIR, FOURTH_FLOORS],
  ['fifth suite (never read)', FIFTH_DIR, FIFTH_FLOORS],
  ['sixth suite (never read)', SIXTH_DIR, SIXTH_FLOORS]
] as const)('kindness lint on the %s', (_name, dir, floors) => {
  const suites = loadSuites(dir)

  it.each(SUITE_LOCALES)('%s: at least 150 cases; recall and false-positive rate stay above their floors', (locale) => {
    const cases = suites.filter((c) => c.locale === locale)
    expect(cases.length, locale).toBeGreaterThanOrEqual(150)
    const r = rates(cases, (c) => flagged(c.text, c.locale))
    expect(r.recall, `${locale} recall`).toBeGreaterThanOrEqual(floors[locale].recall)
    expect(r.fpr, `${locale} FPR`).toBeLessThanOrEqual(floors[locale].fpr)
  })
})
