import { describe, expect, it } from 'vitest'
import { carryWordTimings } from '../../../src/shared/captions/carry-words'
import { splitCue } from '../../../src/shared/subtitles/edits'
import { withCueText } from '../../../src/shared/subtitles/rich'
import type { Cue } from '../../../src/shared/project/schema'

const words = [
  { text: 'Be', fromMs: 0, toMs: 300 },
  { text: 'kind', fromMs: 300, toMs: 800 },
  { text: 'to', fromMs: 900, toMs: 1100 },
  { text: 'everyone', fromMs: 1100, toMs: 2000 }
]
const cue: Cue = { id: 'a', startMs: 1000, endMs: 3000, text: 'Be kind to everyone', words }

describe('word timings follow their words through edits', () => {
  it('untouched cues come back as the same objects', () => {
    const list = [cue]
    expect(carryWordTimings(list, list)).toBe(list)
    expect(carryWordTimings(list, [{ ...cue, speaker: 'Mira' }])[0]!.words).toBe(words)
  })

  it('moving the cue start keeps each word at its time in the video', () => {
    const [moved] = carryWordTimings([cue], [{ ...cue, startMs: 1200 }])
    expect(moved!.words!.slice(1)).toEqual([
      { text: 'kind', fromMs: 100, toMs: 600 },
      { text: 'to', fromMs: 700, toMs: 900 },
      { text: 'everyone', fromMs: 900, toMs: 1800 }
    ])
  })

  it('typing: the words still there keep their times, a new word takes the time around it', () => {
    const [typed] = carryWordTimings([cue], [withCueText(cue, 'Be so kind to everyone!')])
    // "so" has no room between "Be" and "kind", so it shares the time of the word before it.
    expect(typed!.words!.map((w) => [w.text, w.fromMs, w.toMs])).toEqual([
      ['Be', 0, 150],
      ['so', 150, 300],
      ['kind', 300, 800],
      ['to', 900, 1100],
      ['everyone!', 1100, 2000]
    ])
  })

  it('splitting a cue: each half keeps its words at their times in the video', () => {
    const split = splitCue([cue], 'a', { timeMs: 2050 })
    const out = carryWordTimings([cue], split)
    expect(out).toHaveLength(2)
    const abs = (c: Cue) => c.words!.map((w) => [w.text, c.startMs + w.fromMs])
    expect(abs(out[0]!)).toEqual(
      expect.arrayContaining([
        ['Be', 1000],
        ['kind', 1300]
      ])
    )
    expect(abs(out[1]!).at(-1)).toEqual(['everyone', 2100])
  })
})
