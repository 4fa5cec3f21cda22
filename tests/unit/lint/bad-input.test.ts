import { describe, expect, it } from 'vitest'
import { createIncrementalLinter, lintCues, lintProject, lintText, MAX_ISSUES } from '../../../src/shared/lint'
import { KindframeError } from '../../../src/shared/errors'
import { newProject } from '../../../src/shared/project/schema'

describe('bad input never crashes the lint', () => {
  it('empty and whitespace text', () => {
    expect(lintText('', { locale: 'en' })).toEqual([])
    expect(lintText('\n\n  \r\n', { locale: 'en' })).toEqual([])
    expect(lintCues([], { locale: 'en' })).toEqual([])
    expect(createIncrementalLinter({ locale: 'en' }).update('')).toEqual([])
  })

  it('5 MB of text: finishes, findings capped with a clear meta issue', () => {
    const chunk = 'The kids walked home after class and talked about the game. You loser. '
    const text = chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length))
    const issues = lintText(text, { locale: 'en' })
    expect(issues.length).toBe(MAX_ISSUES + 1)
    expect(issues.at(-1)).toMatchObject({ ruleId: 'kind/meta/truncated', severity: 'info' })
    expect(issues[0]).toMatchObject({ ruleId: 'kind/insult/loser', range: { start: 64, end: 69, line: 1, column: 65 } })
  })

  it('subtitle cues past the cap get the same truncated notice as plain text (issue 15)', () => {
    const cues = Array.from({ length: MAX_ISSUES + 50 }, (_, i) => ({
      id: `c${i}`,
      startMs: i * 1000,
      endMs: i * 1000 + 900,
      text: 'You loser.'
    }))
    const issues = lintCues(cues, { locale: 'en' })
    expect(issues.length).toBe(MAX_ISSUES + 1)
    expect(issues.at(-1)).toMatchObject({ ruleId: 'kind/meta/truncated', severity: 'info' })
    expect(lintCues(cues.slice(0, 10), { locale: 'en' }).some((i) => i.ruleId === 'kind/meta/truncated')).toBe(false)
  })

  it('5 MB on one line without punctuation (no quadratic sentence scans)', () => {
    const text = 'calling someone names is cruel and '.repeat(150_000)
    expect(lintText(text, { locale: 'en' })).toEqual([])
  })

  it('mixed scripts, emoji, RTL and combining marks', () => {
    const text = 'مرحبا 👋🏽 you are a loser 😂 — שלום — 你好 — नमस्ते — ninguém gosta de você'
    expect(lintText(text, { locale: 'en' }).map((i) => [i.actual, text.slice(i.range.start, i.range.end)])).toEqual([
      ['loser', 'loser']
    ])
    expect(lintText(text, { locale: 'pt-BR' }).map((i) => i.ruleId)).toEqual([
      'kind/insult/loser'.replace('insult/loser', 'exclusion/ninguem-gosta')
    ])
    // Decomposed "ninguém" (e + U+0301) matches like the precomposed one.
    expect(lintText('ningue\u0301m gosta de voce\u0302', { locale: 'pt-BR' }).map((i) => i.ruleId)).toEqual([
      'kind/exclusion/ninguem-gosta'
    ])
  })

  it('lone UTF-16 surrogates and control characters', () => {
    const text = 'you \uD800 loser \uDFFF\u0000\u0007 idiot\uD83D'
    const issues = lintText(text, { locale: 'en' })
    expect(issues.map((i) => i.actual)).toEqual(['loser', 'idiot'])
  })

  it('unknown locale: no pack, no crash; deny list still applies', () => {
    expect(lintText('you are a loser', { locale: 'ar' })).toEqual([])
    expect(
      lintText('كلمة سيئة', { locale: 'ar', settings: { deny: ['سيئة'] } }).map((i) => [i.ruleId, i.actual])
    ).toEqual([['kind/deny/سيئة', 'سيئة']])
  })

  it('malformed settings or project config: a KindframeError naming the field', () => {
    const bad = { severity: { 'kind/insult': 'fatal' } } as never
    expect(() => lintText('x', { locale: 'en', settings: bad })).toThrow(KindframeError)
    expect(() => lintText('x', { locale: 'en', settings: bad })).toThrow(
      /Lint settings are invalid at severity\.kind\/insult/
    )
    expect(() => lintText('x', { locale: 'en', settings: { deny: ['(unclosed'] } })).toThrow(
      /project lint.deny "\(unclosed": unclosed "\("/
    )
    const project = newProject('T')
    project.lint = { allow: 'loser' } as never
    expect(() => lintProject(project)).toThrow(/Lint settings are invalid at allow/)
  })

  it('non-string text from an untyped caller is treated as empty', () => {
    expect(lintText(undefined as never, { locale: 'en' })).toEqual([])
  })
})
