import { describe, expect, it } from 'vitest'
import {
  distributeChunks,
  parseSilenceDetect,
  speechSegments,
  splitScriptIntoChunks
} from '../../../src/shared/subtitles/draft'

describe('splitScriptIntoChunks', () => {
  const opts = { maxCpl: 32, maxLines: 2, locale: 'en' }
  it('splits by sentence, then clause, then words, each chunk line-broken within limits', () => {
    const script = `Hey, are you okay?
I saw what happened in the hallway today, and honestly it was not okay at all, not even a little bit.   You can sit with us tomorrow!`
    expect(splitScriptIntoChunks(script, opts)).toEqual([
      'Hey, are you okay?',
      'I saw what happened\nin the hallway today,',
      'and honestly it was not okay\nat all, not even a little bit.',
      'You can sit with us tomorrow!'
    ])
  })

  it('falls back to word packing for a long clause and never loses a word', () => {
    const script =
      'Sometimes the bravest thing that anyone can ever do for somebody who feels completely alone in a crowded room is simply to walk over and say hello'
    const chunks = splitScriptIntoChunks(script, opts)
    expect(chunks).toEqual([
      'Sometimes the bravest thing that\nanyone can ever do for somebody',
      'who feels completely alone in\na crowded room is simply to walk',
      'over and say hello'
    ])
    expect(chunks.join(' ').replace(/\n/g, ' ')).toBe(script)
  })

  it('handles CJK sentences without spaces', () => {
    expect(splitScriptIntoChunks('昨日はごめんね。一緒に帰ろう！', { maxCpl: 26, maxLines: 2, locale: 'ja' })).toEqual([
      '昨日はごめんね。',
      '一緒に帰ろう！'
    ])
  })

  it('returns nothing for an empty script', () => {
    expect(splitScriptIntoChunks(' \n\t ', opts)).toEqual([])
  })
})

describe('parseSilenceDetect', () => {
  it('reads starts, ends, the duration and whether there is audio', () => {
    const stderr = [
      "Input #0, wav, from 'x.wav':",
      '  Duration: 00:00:04.80, bitrate: 768 kb/s',
      '  Stream #0:0: Audio: pcm_s16le ([1][0][0][0] / 0x0001), 48000 Hz, 1 channels, s16, 768 kb/s',
      '[silencedetect @ 0x5581] silence_start: 0',
      '[silencedetect @ 0x5581] silence_end: 0.300021 | silence_duration: 0.300021',
      '[silencedetect @ 0x5581] silence_start: 1.20002',
      '[silencedetect @ 0x5581] silence_end: 1.8 | silence_duration: 0.599979',
      '[silencedetect @ 0x5581] silence_start: 4.4'
    ].join('\n')
    expect(parseSilenceDetect(stderr)).toEqual({
      silences: [
        { startMs: 0, endMs: 300 },
        { startMs: 1200, endMs: 1800 },
        { startMs: 4400, endMs: null }
      ],
      durationMs: 4800,
      hasAudio: true
    })
    expect(parseSilenceDetect('  Duration: 01:00:00.50, start\n  Stream #0:0: Video: h264').hasAudio).toBe(false)
  })

  it('turns silences into speech segments, dropping blips', () => {
    expect(
      speechSegments(
        [
          { startMs: 0, endMs: 300 },
          { startMs: 1200, endMs: 1800 },
          { startMs: 1900, endMs: 2500 },
          { startMs: 4400, endMs: null }
        ],
        4800
      )
    ).toEqual([
      { startMs: 300, endMs: 1200 },
      { startMs: 2500, endMs: 4400 }
    ])
    expect(speechSegments([], 2000)).toEqual([{ startMs: 0, endMs: 2000 }])
  })
})

describe('distributeChunks', () => {
  it('spreads proportionally to length and snaps pauses to chunk boundaries', () => {
    const cues = distributeChunks(
      ['aaaa', 'bbbbbbbb', 'cccc'],
      [
        { startMs: 0, endMs: 1000 },
        { startMs: 2000, endMs: 4000 }
      ]
    )
    expect(cues).toEqual([
      { id: 'c1', startMs: 0, endMs: 1000, text: 'aaaa' },
      { id: 'c2', startMs: 2000, endMs: 3333, text: 'bbbbbbbb' },
      { id: 'c3', startMs: 3333, endMs: 4000, text: 'cccc' }
    ])
  })

  it('keeps a chunk on screen through a pause no boundary is near', () => {
    const cues = distributeChunks(
      ['aaaaaaaaaa', 'bb'],
      [
        { startMs: 0, endMs: 500 },
        { startMs: 1000, endMs: 1500 },
        { startMs: 2000, endMs: 2200 }
      ]
    )
    expect(cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [0, 1500],
      [2000, 2200]
    ])
  })

  it('returns nothing without chunks or speech', () => {
    expect(distributeChunks([], [{ startMs: 0, endMs: 1 }])).toEqual([])
    expect(distributeChunks(['a'], [])).toEqual([])
  })
})
