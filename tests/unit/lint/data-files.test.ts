import { afterEach, describe, expect, it } from 'vitest'
import { compileLexicon } from '../../../src/shared/lint/analysis/lexicon'
import { LEXICON_DATA } from '../../../src/shared/lint/analysis/lexicon-registry'
import { packSource } from '../../../src/shared/lint/analysis/lexicon-source'
import { FUNCTIONAL_MODEL_DATA, MODEL_DATA, getModel } from '../../../src/shared/lint/classifier/registry'
import { lintText } from '../../../src/shared/lint/index'

// A corrupt or missing lexicon or model must not stop the lint: it names what is wrong and the rest runs.
describe('lint data files that cannot be used', () => {
  const saved = {
    ms: LEXICON_DATA.ms,
    id: LEXICON_DATA.id,
    model: MODEL_DATA['pt-BR'],
    functional: FUNCTIONAL_MODEL_DATA.fil
  }
  afterEach(() => {
    LEXICON_DATA.ms = saved.ms
    LEXICON_DATA.id = saved.id
    MODEL_DATA['pt-BR'] = saved.model
    FUNCTIONAL_MODEL_DATA.fil = saved.functional
  })

  it('a malformed packed lexicon names the file and the field; the English tables still load', () => {
    LEXICON_DATA.ms = { ...(saved.ms as object), groups: { bodoh: 42 } }
    const lex = compileLexicon('ms')
    expect(lex.problems).toEqual([
      expect.stringMatching(
        /^Kindness lexicon ms\.json \(packed\) is malformed at groups: .*sentence analysis for ms is off \(npm run lint:pack rebuilds it\)/
      )
    ])
    expect(lex.known.has('stupid')).toBe(true)
    expect(lex.known.has('bodoh')).toBe(false)
  })

  it('a malformed hand-written lexicon is refused when packing, naming the file and the field', () => {
    const result = packSource({ locale: 'ms', predicates: { threat: 'not a list' } }, 'ms.json')
    expect(result).toEqual({
      problem: expect.stringMatching(/^Kindness lexicon ms\.json is malformed at predicates\.threat: /)
    })
  })

  it('a missing lexicon is named too', () => {
    delete (LEXICON_DATA as Record<string, unknown>).id
    expect(compileLexicon('id').problems[0]).toMatch(/id\.json is missing/)
  })

  it('a corrupt model gives a named problem and no model; the analysis still flags', () => {
    MODEL_DATA['pt-BR'] = {
      format: 'kindframe.kindness-logreg',
      version: 1,
      locale: 'pt-BR',
      features: { scheme: 'kf-hash-v1', bits: 16 },
      bias: 0,
      scale: 1,
      weights: 'AAAA',
      threshold: 0.5
    }
    const { model, problem } = getModel('pt-BR')
    expect(model).toBeNull()
    expect(problem).toMatch(/^Kindness model pt-BR\.json cannot be used \(.+\); the rules still run\.$/)
    const issues = lintText('Você é um idiota', { locale: 'pt-BR' })
    expect(issues.some((i) => i.severity === 'error')).toBe(true)
    expect(issues.find((i) => i.ruleId === 'kind/meta/data')?.message).toBe(problem)
  })

  it('a corrupt functional model is named by its path; the analysis still flags', () => {
    FUNCTIONAL_MODEL_DATA.fil = { format: 'kindframe.kindness-logreg', version: 1, locale: 'fil' }
    const { model, problem } = getModel('fil', 'functional')
    expect(model).toBeNull()
    expect(problem).toMatch(/^Kindness model functional\/fil\.json cannot be used \(.+\); the rules still run\.$/)
    const issues = lintText('Ang bobo mo talaga', { locale: 'fil' })
    expect(issues.some((i) => i.severity === 'error')).toBe(true)
    expect(issues.find((i) => i.ruleId === 'kind/meta/data')?.message).toBe(problem)
  })

  it.each([
    ['empty text', ''],
    ['mixed scripts, emoji and right-to-left text', 'you are 🤡 أنت غبي stupid 😂 ใช่'],
    ['lone surrogates', 'you are \ud800 stupid \udfff'],
    ['a 20,000-character line', 'you are stupid '.repeat(1400)],
    // each spelling edit copies the word: this took 12 s before corrections skipped words over 40 letters
    ['a 20,000-letter word', 'you are stupid, ' + 'b'.repeat(20000)]
  ])('%s: no crash, findings where words are', (_name, text) => {
    const issues = lintText(text, { locale: 'en' })
    if (text.includes('stupid')) expect(issues.some((i) => i.severity === 'error')).toBe(true)
    else expect(issues).toEqual([])
  })
})
