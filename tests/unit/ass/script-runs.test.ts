import { describe, expect, it } from 'vitest'
import { cjkFamily, runScale, splitScriptRuns } from '../../../src/shared/ass/script-runs'
import { eventText } from '../../../src/shared/ass/event-text'

describe('splitScriptRuns', () => {
  it.each([
    ['Hello', [['base', 'Hello']]],
    ['123 !?', [['base', '123 !?']]],
    ['สวัสดี 123!', [['thai', 'สวัสดี 123!']]],
    ['“नमस्ते”', [['devanagari', '“नमस्ते”']]],
    [
      'Hi สวัสดี',
      [
        ['base', 'Hi '],
        ['thai', 'สวัสดี']
      ]
    ],
    [
      'مرحبا Ali!',
      [
        ['arabic', 'مرحبا '],
        ['base', 'Ali!']
      ]
    ],
    ['é ñ ã', [['base', 'é ñ ã']]],
    [
      '日本語 ok',
      [
        ['cjk', '日本語 '],
        ['base', 'ok']
      ]
    ],
    ['한국어', [['cjk', '한국어']]],
    [
      'Be kind 💛!',
      [
        ['base', 'Be kind '],
        ['emoji', '💛!']
      ]
    ],
    ['👍🏽👩‍👩‍👧🇲🇾☀️', [['emoji', '👍🏽👩‍👩‍👧🇲🇾☀️']]],
    ['© ™ ‼', [['base', '© ™ ‼']]],
    ['', []]
  ])('%j', (text, expected) => {
    expect(splitScriptRuns(text).map((r) => [r.script, r.text])).toEqual(expected)
  })
})

describe('cjkFamily', () => {
  it.each([
    ['ja', 'Noto Sans CJK JP'],
    ['ko-KR', 'Noto Sans CJK KR'],
    ['zh-TW', 'Noto Sans CJK TC'],
    ['zh-Hant', 'Noto Sans CJK TC'],
    ['zh-HK', 'Noto Sans CJK HK'],
    ['zh-CN', 'Noto Sans CJK SC'],
    ['en', 'Noto Sans CJK SC']
  ])('%s → %s', (locale, family) => expect(cjkFamily(locale)).toBe(family))
})

describe('runScale (libass sizes fonts by their whole line height)', () => {
  it.each([
    ['Noto Sans', 'Noto Sans', 100],
    ['Noto Sans Arabic', 'Noto Sans', 143],
    ['Noto Sans Devanagari', 'Noto Sans', 125],
    ['Noto Sans Thai', 'Noto Sans', 100],
    ['Noto Sans Arabic', 'Some User Font', 143],
    ['Noto Sans', 'Noto Sans Arabic', 70],
    ['Noto Sans CJK SC', 'Noto Sans', 100],
    ['Noto Emoji', 'Noto Sans', 77]
  ])('%s on a %s line → %d %%', (family, base, pct) => expect(runScale(family, base)).toBe(pct))
})

describe('eventText', () => {
  it.each([
    ['Hello', 'Hello'],
    ['Hi สวัสดี', 'Hi {\\fnNoto Sans Thai}สวัสดี'],
    ['नमस्ते', '{\\fnNoto Sans Devanagari\\fscx125\\fscy125}नमस्ते'],
    ['مرحبا Ali', '{\\fnNoto Sans Arabic\\fscx143\\fscy143}مرحبا {\\fnNoto Sans\\fscx100\\fscy100}Ali'],
    // A user backslash right before a script switch must not turn our `{` into a literal brace.
    ['สวัสดี\\Ali', '{\\fnNoto Sans Thai}สวัสดี\\\u2060{\\fnNoto Sans}Ali'],
    ['{ก}', '{\\fnNoto Sans Thai}\\{ก\\}'],
    ['日本', '{\\fnNoto Sans CJK JP}日本']
  ])('%j', (text, expected) => {
    expect(eventText(text, 'Noto Sans', text === '日本' ? 'ja' : 'en')).toBe(expected)
  })
})
