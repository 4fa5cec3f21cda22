import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getPack } from '../../../src/shared/lint/compile'
import { compiledPacks, engines } from '../../../src/shared/lint/caches'
import { RULE_PACKS } from '../../../src/shared/lint/rules/engine-registry'
import { lintText } from '../../../src/shared/lint/index'
import { LOCALE_SHAPE } from '../../../src/shared/lint/rule-pack'
import { LocaleFile } from '../../../src/shared/lint/rules/schema'

// A corrupt or missing rule pack must not stop the lint: it names what is wrong and the rest runs.
describe('rule packs that cannot be used', () => {
  const saved = { ...RULE_PACKS }
  const fresh = () => {
    compiledPacks.clear()
    engines.clear()
  }
  beforeEach(fresh)
  afterEach(() => {
    for (const k of Object.keys(RULE_PACKS)) delete RULE_PACKS[k]
    Object.assign(RULE_PACKS, saved)
    fresh()
  })
  const v1 = (text: string, locale: string) =>
    lintText(text, { locale, pipeline: { model: false } }).map((i) => [i.ruleId, i.actual])

  it('a malformed pack names the file and the field; the English rules, the context and the analysis still run', () => {
    const ms = saved.ms as { rules: object }
    RULE_PACKS.ms = { ...ms, rules: { ...ms.rules, groups: { bodoh: 42 } } }
    const pack = getPack('ms')!
    expect(pack.problems).toEqual([
      'Kindness rule pack rules/packed/ms.json is malformed at rules.groups.bodoh: expected a packed phrase string. The ms phrase rules are off (npm run lint:pack rebuilds it).'
    ])
    expect(pack.vocabulary.has('bodoh')).toBe(false)
    expect(pack.vocabulary.has('loser')).toBe(true)
    // the context came from locale.json instead: Malay negators and counter-speech still work
    expect(pack.negators.has('bukan')).toBe(true)
    expect(pack.counterSpeech.size).toBeGreaterThan(0)
    const issues = lintText('Kamu memang bodoh, loser.', { locale: 'ms', pipeline: { model: false } })
    expect(issues.find((i) => i.ruleId === 'kind/meta/data')?.message).toBe(pack.problems[0])
    expect(issues.some((i) => i.ruleId === 'kind/insult/loser')).toBe(true)
  })

  it('a missing pack is named too', () => {
    delete RULE_PACKS.id
    expect(getPack('id')!.problems).toEqual([
      'Kindness rule pack rules/packed/id.json is missing: the id phrase rules are off (npm run lint:pack rebuilds it).'
    ])
    expect(v1('you are such a loser', 'id')).toContainEqual(['kind/insult/loser', 'loser'])
  })

  it('a broken English pack leaves ms, id and fil their own rules', () => {
    RULE_PACKS.en = { ...(saved.en as object), format: 99 }
    const pack = getPack('fil')!
    expect(pack.problems).toEqual([
      expect.stringMatching(
        /^Kindness rule pack rules\/packed\/en\.json is malformed at format: expected 1\. The en phrase rules are off/
      )
    ])
    expect(pack.vocabulary.has('bobo')).toBe(true)
    expect(pack.vocabulary.has('spastic')).toBe(false)
    // English second-person words still come from rules/en/locale.json
    expect(pack.secondPerson.has('you')).toBe(true)
  })

  it("the pack check knows every locale.json field (it checks the pack's copy by hand, not with zod)", () => {
    expect(Object.keys(LOCALE_SHAPE).sort()).toEqual(Object.keys(LocaleFile.shape).sort())
  })

  it('with every pack intact there is no problem', () => {
    for (const l of Object.keys(saved)) expect(getPack(l)!.problems, l).toEqual([])
  })
})
