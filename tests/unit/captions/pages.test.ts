import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PAGE_OPTIONS,
  pageOptionsFor,
  restorePages,
  splitCueInList,
  splitIntoPages
} from '../../../src/shared/captions/pages'
import { fitLines } from '../../../src/shared/captions/line-fit'
import { tokenizeWords } from '../../../src/shared/captions/tokens'
import { Cue } from '../../../src/shared/project/schema'

const o = DEFAULT_PAGE_OPTIONS // 4 words, 24 characters a line, 2 lines
const long: Cue = {
  id: 'a',
  startMs: 1000,
  endMs: 5000,
  speaker: 'Mira',
  text: 'Everyone deserves kindness, online and offline. Think before you post.',
  marks: [{ from: 18, to: 26, kind: 'italic' }]
}

describe('short caption pages', () => {
  const pages = splitIntoPages(long, o, new Set(['a']))

  it('a few words a page, at most two lines, a sentence end closes a page', () => {
    expect(pages.map((p) => p.text)).toEqual([
      'Everyone deserves kindness, online',
      'and offline.',
      'Think before you post.'
    ])
    for (const p of pages) {
      expect(tokenizeWords(p.text).length).toBeLessThanOrEqual(4)
      expect(fitLines(p.text, tokenizeWords(p.text), o.maxChars).split('\n').length).toBeLessThanOrEqual(2)
    }
  })

  it('pages follow each other without gaps and cover the cue; each carries its own words', () => {
    expect(pages[0]!.startMs).toBe(1000)
    expect(pages.at(-1)!.endMs).toBe(5000)
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.startMs).toBe(pages[i - 1]!.endMs)
    for (const p of pages) {
      expect(p.words!.map((w) => w.text)).toEqual(tokenizeWords(p.text).map((w) => w.text))
      expect(p.words!.at(-1)!.toMs).toBeLessThanOrEqual(p.endMs - p.startMs)
      expect(Cue.safeParse(p).success).toBe(true)
    }
  })

  it('ids: the first page keeps the cue id (its translation stays attached); marks and speaker follow the text', () => {
    expect(pages.map((p) => p.id)).toEqual(['a', 'a-p2', 'a-p3'])
    expect(pages[0]!.marks).toEqual([{ from: 18, to: 26, kind: 'italic' }])
    expect(pages[1]!.marks).toBeUndefined()
    expect(pages.every((p) => p.speaker === 'Mira')).toBe(true)
  })

  it('the original comes back exactly', () => {
    const track = [
      { id: 'z', startMs: 0, endMs: 900, text: 'Before' },
      long,
      { id: 'y', startMs: 6000, endMs: 7000, text: 'After' }
    ]
    const split = splitCueInList(track, 'a', o)
    expect(split).toHaveLength(5)
    expect(restorePages(split, 'a')).toEqual(track)
  })

  it('uses word timings when the cue has them', () => {
    const words = [
      { text: 'one', fromMs: 0, toMs: 100 },
      { text: 'two', fromMs: 100, toMs: 200 },
      { text: 'three', fromMs: 200, toMs: 300 },
      { text: 'four', fromMs: 300, toMs: 400 },
      { text: 'five', fromMs: 2500, toMs: 2900 }
    ]
    const p = splitIntoPages({ id: 'n', startMs: 0, endMs: 3000, text: 'one two three four five', words }, o, new Set())
    expect(p.map((x) => [x.text, x.startMs, x.endMs])).toEqual([
      ['one two three four', 0, 2500],
      ['five', 2500, 3000]
    ])
    expect(p[1]!.words).toEqual([{ text: 'five', fromMs: 0, toMs: 400 }])
  })

  it.each([
    ['th', 'สวัสดีครับวันนี้อากาศดีมากเลยนะครับ'],
    ['ja', '今日はとてもいい天気ですね。散歩に行きましょう。']
  ])('unspaced scripts (%s) split at Intl.Segmenter word boundaries', (locale, text) => {
    const p = splitIntoPages({ id: 't', startMs: 0, endMs: 3000, text }, { ...o, locale, maxChars: 10 }, new Set())
    expect(p.length).toBeGreaterThan(1)
    expect(p.map((x) => x.text).join('')).toBe(text)
    const boundaries = new Set(tokenizeWords(text, locale).map((w) => w.from))
    let at = 0
    for (const x of p.slice(0, -1)) {
      at += x.text.length
      expect(boundaries.has(at)).toBe(true)
    }
  })

  it('nothing to split: a short cue, one 200-character word, a cue of only emoji, an existing page', () => {
    const short = { id: 's', startMs: 0, endMs: 1000, text: 'Be kind' }
    expect(splitIntoPages(short, o, new Set())).toEqual([short])
    const word = { id: 'w', startMs: 0, endMs: 1000, text: 'x'.repeat(200) }
    expect(splitIntoPages(word, o, new Set())).toEqual([word])
    const emoji = splitIntoPages({ id: 'e', startMs: 0, endMs: 1000, text: '😀 😀 😀 😀 😀 😀' }, o, new Set())
    expect(emoji.map((p) => p.text)).toEqual(['😀 😀 😀 😀', '😀 😀'])
    expect(splitIntoPages(pages[1]!, o, new Set())).toEqual([pages[1]])
  })

  it('page limits come from the caption style, two lines at most', () => {
    expect(pageOptionsFor({ options: { maxCharsPerLine: 30, maxLines: 3 } }, 'en')).toEqual({
      maxWords: 4,
      maxChars: 30,
      maxLines: 2,
      locale: 'en'
    })
    expect(pageOptionsFor(null, 'th')).toEqual({ ...o, locale: 'th' })
  })
})
