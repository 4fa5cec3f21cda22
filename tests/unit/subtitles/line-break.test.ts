import { describe, expect, it } from 'vitest'
import { autoLineBreak } from '../../../src/shared/subtitles/edits'
import { lineWidth, readableLength } from '../../../src/shared/subtitles/text-metrics'

const en = { maxCpl: 42, maxLines: 2, locale: 'en' }

describe('autoLineBreak', () => {
  it.each([
    ['Short one.', 'Short one.'],
    ['Short\none.', 'Short one.'],
    [
      'I saw what they did to you in the hallway today and it was not okay.',
      'I saw what they did to you in\nthe hallway today and it was not okay.'
    ],
    [
      'Yesterday I met my new friend Maria Santos at the little park near school.',
      'Yesterday I met my new friend Maria Santos\nat the little park near school.'
    ],
    [
      'Why did you laugh when the other kids pushed him, Daniel?',
      'Why did you laugh when\nthe other kids pushed him, Daniel?'
    ],
    [
      'We are going to the park, and then we can all go home together.',
      'We are going to the park,\nand then we can all go home together.'
    ],
    ['- Are you okay?\n- I think so.', '- Are you okay?\n- I think so.']
  ])('English: %j', (input, expected) => {
    expect(autoLineBreak(input, en)).toBe(expected)
  })

  it('does not split article+noun, adjective+noun or first+last name even when balance would', () => {
    // Balance alone would cut after "the" (12|9 beats 8|13), "kind" (14|10 beats 9|15) and "Maria" (10|6 beats 4|12).
    expect(autoLineBreak('Sit with the newcomers', { maxCpl: 14, maxLines: 2 })).toBe('Sit with\nthe newcomers')
    expect(autoLineBreak('They were kind classmates', { maxCpl: 16, maxLines: 2 })).toBe('They were\nkind classmates')
    expect(autoLineBreak('Call Maria Santos', { maxCpl: 12, maxLines: 2 })).toBe('Call\nMaria Santos')
    // …but only in English: other locales get plain balance.
    expect(autoLineBreak('Sit with the newcomers', { maxCpl: 14, maxLines: 2, locale: 'ms' })).toBe(
      'Sit with the\nnewcomers'
    )
  })

  it('never splits inside a word; scripts without spaces stay whole', () => {
    const thai = 'สวัสดีครับวันนี้เราจะมาพูดถึงความใจดีต่อกันและกันในโรงเรียน'
    expect(autoLineBreak(thai, en)).toBe(thai)
    const long = 'Supercalifragilisticexpialidocious-is-a-very-long-word-indeed ok'
    expect(autoLineBreak(long, { maxCpl: 20, maxLines: 2 })).toBe(
      'Supercalifragilisticexpialidocious-is-a-very-long-word-indeed\nok'
    )
  })

  it('breaks CJK between characters, never before closing punctuation, within the width limit', () => {
    const ja = '昨日学校でみんなが君の絵を笑ったとき、私は何も言えなかった。本当にごめんね。'
    const out = autoLineBreak(ja, { maxCpl: 42, maxLines: 2, locale: 'ja' })
    expect(out).toBe('昨日学校でみんなが君の絵を笑ったとき、\n私は何も言えなかった。本当にごめんね。')
    expect(out.split('\n').map(lineWidth)).toEqual([38, 38])
  })

  it('uses up to three lines when allowed and needed', () => {
    const out = autoLineBreak(
      'Sometimes the bravest thing you can do is simply sit down next to someone who is alone.',
      { maxCpl: 32, maxLines: 3 }
    )
    expect(out).toBe('Sometimes the bravest thing\nyou can do is simply sit down\nnext to someone who is alone.')
  })
})

describe('text metrics', () => {
  it.each([
    ['abc', 3, 3],
    ['日本語', 6, 3],
    ['café', 4, 4],
    ['cafe\u0301', 4, 4],
    ['\u200fمرحبا\u200f', 5, 5],
    ['👩🏽‍🎨', 4, 2],
    ['<i>hi</i>', 9, 2]
  ])('%j: width %d, readable %d', (s, width, readable) => {
    expect(lineWidth(s)).toBe(width)
    expect(readableLength(s)).toBe(readable)
  })
})
