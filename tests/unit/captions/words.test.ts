import { describe, expect, it } from 'vitest'
import { tokenizeWords } from '../../../src/shared/captions/tokens'
import { spreadByWeight, wordWeight } from '../../../src/shared/captions/word-weights'
import { reconcileWords, spreadWords, timedWords } from '../../../src/shared/captions/words'
import { karaokeToWords, wordsToKaraokeMarks } from '../../../src/shared/captions/karaoke'
import { parseAss, serializeAss } from '../../../src/shared/subtitles/formats/ass'

const texts = (t: string, l?: string) => tokenizeWords(t, l).map((w) => w.text)

describe('words of a cue (Intl.Segmenter)', () => {
  it.each([
    ['Hello, world! ¿Qué tal?', 'es', ['Hello,', 'world!', '¿Qué', 'tal?']],
    ['Ça va très bien', 'fr', ['Ça', 'va', 'très', 'bien']],
    ['สวัสดีครับ วันนี้อากาศดี', 'th', ['สวัสดี', 'ครับ', 'วัน', 'นี้', 'อากาศ', 'ดี']],
    ['今日はいい天気です', 'ja', ['今日', 'は', 'いい', '天気', 'です']],
    ['مرحبا بالعالم!', 'ar', ['مرحبا', 'بالعالم!']],
    ['नमस्ते दुनिया', 'hi', ['नमस्ते', 'दुनिया']],
    ['😀😀 👍🏽', 'en', ['😀', '😀', '👍🏽']],
    ['…', 'en', ['…']],
    ['', 'en', []]
  ])('%s (%s)', (text, locale, want) => {
    expect(texts(text, locale)).toEqual(want)
  })

  it('ranges point back into the text', () => {
    const text = '  Be kind,  always. '
    for (const w of tokenizeWords(text)) expect(text.slice(w.from, w.to)).toBe(w.text)
  })

  it('a malformed locale tag still segments', () => {
    expect(texts('be kind', 'x-not a tag')).toEqual(['be', 'kind'])
  })
})

describe('spreading by syllable weight (no speech found)', () => {
  it('weights: syllables for Latin, characters for CJK, a pause after punctuation', () => {
    expect(wordWeight('be')).toBe(1)
    expect(wordWeight('kindness')).toBe(2)
    expect(wordWeight('kindness,')).toBe(2.5)
    expect(wordWeight('天気')).toBe(2)
    expect(wordWeight('😀')).toBe(1)
  })

  it('contiguous, whole-ms, ends exactly at the end, proportional', () => {
    const s = spreadByWeight(['be', 'kindness', 'always'], 1000, 2000)
    expect(s).toEqual([
      { fromMs: 1000, toMs: 1200 },
      { fromMs: 1200, toMs: 1600 },
      { fromMs: 1600, toMs: 2000 }
    ])
  })

  it('a cue of one 200-character word gets the whole cue', () => {
    expect(spreadWords('a'.repeat(200), 1500)).toEqual([{ text: 'a'.repeat(200), fromMs: 0, toMs: 1500 }])
  })
})

describe('keeping word timings through text edits', () => {
  const stored = [
    { text: 'Be', fromMs: 0, toMs: 300 },
    { text: 'kind', fromMs: 400, toMs: 900 },
    { text: 'always', fromMs: 1000, toMs: 1500 }
  ]

  it('words that still exist keep their times; punctuation and case do not matter', () => {
    const out = reconcileWords('be KIND, always!', stored, 1500)
    expect(out).toEqual([
      { text: 'be', fromMs: 0, toMs: 300 },
      { text: 'KIND,', fromMs: 400, toMs: 900 },
      { text: 'always!', fromMs: 1000, toMs: 1500 }
    ])
  })

  it('a new word shares the gap around it; a removed word leaves the others alone', () => {
    const out = reconcileWords('Be very kind', stored, 1500)
    expect(out[0]).toEqual({ text: 'Be', fromMs: 0, toMs: 300 })
    expect(out[1]).toEqual({ text: 'very', fromMs: 300, toMs: 400 })
    expect(out[2]).toEqual({ text: 'kind', fromMs: 400, toMs: 900 })
  })

  it('timings outside the cue are clamped into it, in order, never negative or overlapping', () => {
    const out = timedWords(
      'Be kind always',
      [
        { text: 'Be', fromMs: 0, toMs: 5000 },
        { text: 'kind', fromMs: 5000, toMs: 9000 },
        { text: 'always', fromMs: 2, toMs: 3 }
      ],
      1000
    )
    let at = 0
    for (const w of out) {
      expect(w.fromMs).toBeGreaterThanOrEqual(at)
      expect(w.toMs).toBeGreaterThanOrEqual(w.fromMs)
      expect(w.toMs).toBeLessThanOrEqual(1000)
      at = w.toMs
    }
    expect(out.map((w) => w.text)).toEqual(['Be', 'kind', 'always'])
  })
})

describe('ASS karaoke (\\k) ↔ word timings', () => {
  it('reads \\k, \\kf and \\K syllables into words, keeps other tags', () => {
    const file = [
      '[Script Info]',
      'ScriptType: v4.00+',
      '',
      '[Events]',
      'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,{\\k20}Be {\\kf30\\blur2}kind{\\K10}ness {\\k50}al{\\k40}ways'
    ].join('\n')
    const cue = parseAss(file).cues[0]!
    expect(cue.text).toBe('Be kindness always')
    expect(cue.words).toEqual([
      { text: 'Be', fromMs: 0, toMs: 200 },
      { text: 'kindness', fromMs: 200, toMs: 600 },
      { text: 'always', fromMs: 600, toMs: 1500 }
    ])
    expect(cue.marks).toEqual([{ from: 3, to: 3, kind: 'ass', value: '{\\blur2}' }])
  })

  it('timings past the cue are fitted in and reported', () => {
    const r = karaokeToWords(
      'Be kind',
      [
        { from: 0, to: 0, kind: 'ass', value: '{\\k100}' },
        { from: 3, to: 3, kind: 'ass', value: '{\\k300}' }
      ],
      2000
    )
    expect(r.words).toEqual([
      { text: 'Be', fromMs: 0, toMs: 1000 },
      { text: 'kind', fromMs: 1000, toMs: 2000 }
    ])
    expect(r.notes[0]).toMatch(/2000 ms past the end/)
  })

  it('writes words as \\k and reads them back to the same centiseconds', () => {
    const words = [
      { text: 'Be', fromMs: 100, toMs: 300 },
      { text: 'kind', fromMs: 400, toMs: 900 }
    ]
    expect(wordsToKaraokeMarks('Be kind', words, 1000).map((m) => m.value)).toEqual(['{\\k10}', '{\\k30}', '{\\k60}'])
    const cue = { id: 'a', startMs: 0, endMs: 1000, text: 'Be kind', words }
    const text = serializeAss([cue])
    expect(text).toContain(',{\\k10}{\\k30}Be {\\k60}kind')
    expect(parseAss(text).cues[0]!.words).toEqual([
      { text: 'Be', fromMs: 100, toMs: 400 },
      { text: 'kind', fromMs: 400, toMs: 1000 }
    ])
  })
})
