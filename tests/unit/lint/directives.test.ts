import { describe, expect, it } from 'vitest'
import { createIncrementalLinter, lintCues, lintText, type LintIssue } from '../../../src/shared/lint'

const brief = (issues: LintIssue[]) =>
  issues.map((i) => [i.ruleId, i.severity, i.depicted, i.range.line, i.range.column])
const lint = (text: string, settings?: Parameters<typeof lintText>[1]['settings']) =>
  brief(lintText(text, { locale: 'en', settings }))

describe('ranges', () => {
  it('offsets, 1-based line and column, CRLF line ends', () => {
    const text = 'Hi there.\r\nYou are such a loser.'
    const [issue] = lintText(text, { locale: 'en' })
    expect(issue.range).toEqual({ start: 26, end: 31, line: 2, column: 16 })
    expect(text.slice(issue.range.start, issue.range.end)).toBe('loser')
  })
})

describe('depicted bullying', () => {
  it('[bully] speaker: findings are info + depicted; a later kind line satisfies the counter check', () => {
    expect(lint('[bully] You are such a loser.\n[maya] That is not okay. You matter.')).toEqual([
      ['kind/insult/loser', 'info', true, 1, 24]
    ])
  })
  it('without a later counter-message: one warning on the last depicted line', () => {
    expect(lint('[friend] Hi!\n[bully] Nobody likes you.\n[bully] Loser.')).toEqual([
      ['kind/exclusion/nobody-likes-you', 'info', true, 2, 9],
      ['kind/insult/loser', 'info', true, 3, 9],
      ['kind/depiction/no-counter-message', 'warning', false, 3, 1]
    ])
  })
  it('a counter BEFORE the depiction does not count', () => {
    expect(lint('You matter.\nBULLY: You are worthless.').map((i) => i[0])).toEqual([
      'kind/insult/worthless',
      'kind/depiction/no-counter-message'
    ])
  })
  it('# kf:depict block runs until a blank line; # kf:counter marks the answer', () => {
    expect(lint('# kf:depict\nYou are a freak.\nGo die.\n\nYou are a freak.\n# kf:counter\nWe answered it.')).toEqual([
      ['kind/insult/freak', 'info', true, 2, 11],
      ['kind/self-harm/go-die', 'info', true, 3, 1],
      ['kind/insult/freak', 'error', false, 5, 11]
    ])
  })
  it('cues: speaker "bully" is depiction; range carries cue id and start time', () => {
    const issues = lintCues(
      [
        { id: 'c2', startMs: 4000, endMs: 6000, text: 'Be kind. You matter.' },
        { id: 'c1', startMs: 1000, endMs: 3000, text: 'Nobody likes you.', speaker: 'Bully' }
      ],
      { locale: 'en' }
    )
    expect(
      issues.map((i) => [i.ruleId, i.severity, i.depicted, i.range.cueId, i.range.startMs, i.range.column])
    ).toEqual([['kind/exclusion/nobody-likes-you', 'info', true, 'c1', 1000, 1]])
  })
  it('cues: accented depiction speakers match ("Valentão 2")', () => {
    const issues = lintCues(
      [{ id: 'x', startMs: 0, endMs: 900, text: 'Ninguém gosta de você.', speaker: 'Valentão 2' }],
      { locale: 'pt-BR' }
    )
    expect(issues.map((i) => [i.ruleId, i.severity, i.depicted])).toEqual([
      ['kind/exclusion/ninguem-gosta', 'info', true],
      ['kind/depiction/no-counter-message', 'warning', false]
    ])
  })
  it('cues: a [bully] tag inside the text counts too; no later kind cue → warning on that cue', () => {
    const issues = lintCues([{ id: 'a', startMs: 0, endMs: 1000, text: '[bully] loser' }], { locale: 'en' })
    expect(issues.map((i) => [i.ruleId, i.severity, i.range.cueId, i.range.startMs])).toEqual([
      ['kind/insult/loser', 'info', 'a', 0],
      ['kind/depiction/no-counter-message', 'warning', 'a', 0]
    ])
  })
})

describe('ignore directives', () => {
  it('trailing # kf:ignore ignores the line; with a rule id only that rule (prefixes allowed)', () => {
    expect(lint('You loser. # kf:ignore')).toEqual([])
    expect(lint('Loser, shut up. # kf:ignore kind/insult/loser')).toEqual([
      ['kind/insult/shut-up', 'warning', false, 1, 8]
    ])
    expect(lint('Loser, shut up. # kf-ignore kind/insult')).toEqual([])
  })
  it('own-line # kf:ignore applies to the next line only', () => {
    expect(lint('# kf:ignore\nLoser.\nLoser.')).toEqual([['kind/insult/loser', 'warning', false, 3, 1]])
  })
  it('hashtags are not directives', () => {
    expect(lint('Loser #CreateKindness')).toEqual([['kind/insult/loser', 'warning', false, 1, 1]])
  })
})

describe('project settings', () => {
  it('allow by phrase or by rule id (prefix)', () => {
    expect(lint('Loser, shut up.', { allow: ['loser'] })).toEqual([['kind/insult/shut-up', 'warning', false, 1, 8]])
    expect(lint('Loser, shut up.', { allow: ['kind/insult'] })).toEqual([])
  })
  it('deny adds phrases (pattern syntax) as errors', () => {
    expect(lint('You are a muppet.', { deny: ['muppet|muppets'] })).toEqual([
      ['kind/deny/muppet-muppets', 'error', false, 1, 11]
    ])
  })
  it('severity overrides: exact id beats prefix, off removes', () => {
    expect(lint('Loser. Idiot.', { severity: { 'kind/insult': 'info', 'kind/insult/idiot': 'off' } })).toEqual([
      ['kind/insult/loser', 'info', false, 1, 1]
    ])
    expect(lint('[bully] Loser.', { severity: { 'kind/depiction/no-counter-message': 'off' } })).toEqual([
      ['kind/insult/loser', 'info', true, 1, 9]
    ])
  })
})

describe('incremental linter', () => {
  it('gives exactly what lintText gives, edit after edit', () => {
    const inc = createIncrementalLinter({ locale: 'en' })
    const drafts = [
      'Hello.\n[bully] You are a loser.\n\nOk.',
      'Hello.\n[bully] You are a loser!\n\nOk. You matter.',
      '# kf:depict\nHello loser.\nYou matter.',
      '# kf:ignore\nHello loser.\nloser',
      ''
    ]
    for (const d of drafts) expect(inc.update(d)).toEqual(lintText(d, { locale: 'en' }))
  })
})
