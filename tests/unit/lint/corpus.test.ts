import { describe, expect, it } from 'vitest'
import { evaluate, loadCorpus } from '../../lint-corpus/evaluate'

// Quality gate (not timing): the labelled corpus in tests/lint-corpus must keep recall ≥ 0.90 on
// must-flag lines and a false-positive rate ≤ 0.05 on kind/neutral/negated/counter/quoted/depicted
// lines, overall and for every locale. `npm run eval:lint` prints the full breakdown.
describe('kindness lint on the labelled corpus', () => {
  const corpus = loadCorpus()
  const result = evaluate(corpus)

  it('has at least 400 lines over the six locales, with hard negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400)
    expect(Object.keys(result.byLocale).sort()).toEqual(['en', 'es-MX', 'fil', 'id', 'ms', 'pt-BR'])
    expect(corpus.filter((l) => l.kind === 'hard-negative').length).toBeGreaterThanOrEqual(30)
  })

  it('recall ≥ 0.90 and FPR ≤ 0.05 overall', () => {
    expect(result.total.recall).toBeGreaterThanOrEqual(0.9)
    expect(result.total.fpr).toBeLessThanOrEqual(0.05)
  })

  it.each(['en', 'es-MX', 'fil', 'id', 'ms', 'pt-BR'])('%s: recall ≥ 0.90, FPR ≤ 0.05', (locale) => {
    const s = result.byLocale[locale]
    expect(
      s.recall,
      `misses: ${result.misses
        .filter((m) => m.locale === locale)
        .map((m) => m.text)
        .join(' | ')}`
    ).toBeGreaterThanOrEqual(0.9)
    expect(s.fpr).toBeLessThanOrEqual(0.05)
  })

  it('no depicted, negated, counter-speech or hard-negative line is flagged as an error', () => {
    const errors = result.falsePositives.filter((f) => f.issues.some((i) => i.severity === 'error'))
    expect(errors.map((f) => f.line.where)).toEqual([])
  })
})
