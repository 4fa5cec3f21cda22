import { describe, expect, it } from 'vitest'
import { buildAss, type AssCue, type AssInput } from '../../../src/shared/ass/build-ass'
import { SubtitleStyle } from '../../../src/shared/project/schema'

/*
 * buildAss memoizes finished Dialogue lines per (font, locale, position) under the cue text. Each
 * edit below is built twice: in locale "en" (whose memo has seen every earlier version of the
 * track) and in a locale tag never used before ("en-x1", "en-x2"…: same language, same output, an
 * empty memo). They must be identical, and the edit must show in the file.
 */
const base: Omit<AssInput, 'cues'> = {
  width: 720,
  height: 1280,
  locale: 'en',
  style: SubtitleStyle.parse({ fontSizePx: 48 }),
  safeZone: { top: 100, bottom: 300, right: 80, left: 20 },
  endCard: {
    startMs: 9000,
    durationMs: 3000,
    displayName: 'Mia',
    handle: 'mia',
    message: '',
    layout: 'photo-top',
    fadeInMs: 500
  }
}

const track: AssCue[] = [
  { startMs: 0, endMs: 1500, text: 'Hi there!\nBe kind.', speaker: 'Mia' },
  { startMs: 1600, endMs: 2900, text: 'Sawasdee สวัสดี 💛' },
  { startMs: 3000, endMs: 4000, text: 'Same words' },
  { startMs: 4100, endMs: 5000, text: 'Same words' }
]

let fresh = 0
function checkBoth(cues: AssCue[], mustContain: string, position: 'bottom' | 'middle' = 'bottom'): void {
  const style = { ...base.style, position }
  const memoized = buildAss({ ...base, style, cues })
  expect(memoized).toBe(buildAss({ ...base, style, cues, locale: `en-x${++fresh}` }))
  expect(memoized).toContain(mustContain)
}

describe('buildAss memo of Dialogue lines', () => {
  it('follows text, timing, speaker and position edits', () => {
    checkBoth(track, 'Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,Same words')
    checkBoth(
      track.map((c, i) => (i === 0 ? { ...c, text: 'Hi there!\nBe kinder.' } : c)),
      'Be kinder.'
    )
    checkBoth(
      track.map((c, i) => (i === 2 ? { ...c, startMs: 3200 } : c)),
      'Dialogue: 0,0:00:03.20,0:00:04.00,Default,,0,0,0,,Same words'
    )
    checkBoth(
      track.map((c, i) => (i === 1 ? { ...c, speaker: 'Narrator, 2' } : c)),
      ',Default,Narrator 2,0,0,0,,Sawasdee {\\fnNoto Sans Thai}'
    )
    checkBoth(
      track.map((c, i) => (i === 0 ? { ...c, speaker: undefined } : c)),
      'Dialogue: 0,0:00:00.00,0:00:01.50,Default,,0,0,0,,Hi there!\\NBe kind.'
    )
    checkBoth(track, '{\\pos(', 'middle')
    checkBoth(
      track.map((c, i) => (i === 3 ? { ...c, endMs: c.startMs } : c)),
      'Same words'
    )
  })

  it('leaves out a cue whose text became blank, and brings it back', () => {
    const blank = track.map((c, i) => (i === 0 ? { ...c, text: '' } : c))
    expect(buildAss({ ...base, cues: blank })).not.toContain('Hi there!')
    expect(buildAss({ ...base, cues: track })).toContain('Hi there!')
  })
})
