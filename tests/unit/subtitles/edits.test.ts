import { describe, expect, it } from 'vitest'
import type { Cue } from '../../../src/shared/project/schema'
import {
  addCue,
  deleteCues,
  fixOverlapsAndGaps,
  freshCueId,
  mergeCues,
  shiftCues,
  snapCuesToFrames,
  splitCue,
  stretchCues
} from '../../../src/shared/subtitles/edits'

const cues: Cue[] = [
  { id: 'c1', startMs: 1000, endMs: 3000, text: 'Are you okay? I saw it.' },
  { id: 'c2', startMs: 3500, endMs: 5000, text: 'Thanks.' },
  { id: 'c3', startMs: 6000, endMs: 7000, text: 'Any time.', speaker: 'Ana' }
]
const times = (cs: Cue[]) => cs.map((c) => [c.id, c.startMs, c.endMs])

describe('cue edits', () => {
  it('adds with a fresh id in time order', () => {
    expect(freshCueId(cues)).toBe('c4')
    expect(times(addCue(cues, { startMs: 5200, endMs: 5800, text: 'x' }))).toEqual([
      ['c1', 1000, 3000],
      ['c2', 3500, 5000],
      ['c4', 5200, 5800],
      ['c3', 6000, 7000]
    ])
    expect(addCue(cues, { id: 'c2', startMs: 0, endMs: 10, text: 'dup' })[0].id).toBe('c4')
  })

  it('splits at a time (text at the nearest word boundary) or at a caret', () => {
    const byTime = splitCue(cues, 'c1', { timeMs: 2000 })
    expect(byTime.slice(0, 2)).toEqual([
      { id: 'c1', startMs: 1000, endMs: 2000, text: 'Are you okay?' },
      { id: 'c4', startMs: 2000, endMs: 3000, text: 'I saw it.' }
    ])
    const byCaret = splitCue(cues, 'c1', { caret: 7 })
    expect(byCaret.slice(0, 2)).toEqual([
      { id: 'c1', startMs: 1000, endMs: 1609, text: 'Are you' },
      { id: 'c4', startMs: 1609, endMs: 3000, text: 'okay? I saw it.' }
    ])
    expect(splitCue(cues, 'c3', { timeMs: 6500 })[3]).toMatchObject({ speaker: 'Ana' })
  })

  it('merges, deletes and shifts (all or a selection), clamping at zero', () => {
    expect(mergeCues(cues, ['c1', 'c2'])).toEqual([
      { id: 'c1', startMs: 1000, endMs: 5000, text: 'Are you okay? I saw it.\nThanks.' },
      cues[2]
    ])
    expect(times(deleteCues(cues, ['c2']))).toEqual([
      ['c1', 1000, 3000],
      ['c3', 6000, 7000]
    ])
    expect(times(shiftCues(cues, -1500))).toEqual([
      ['c1', 0, 1500],
      ['c2', 2000, 3500],
      ['c3', 4500, 5500]
    ])
    expect(times(shiftCues(cues, 250, ['c3']))).toEqual([
      ['c1', 1000, 3000],
      ['c2', 3500, 5000],
      ['c3', 6250, 7250]
    ])
  })

  it('stretches for a frame-rate conversion (25 → 23.976 makes everything 4.27% longer)', () => {
    expect(times(stretchCues(cues, 25, 23.976))).toEqual([
      ['c1', 1043, 3128],
      ['c2', 3649, 5214],
      ['c3', 6256, 7299]
    ])
  })

  it('snaps to frames', () => {
    expect(times(snapCuesToFrames([{ id: 'a', startMs: 1010, endMs: 2019, text: '' }], 25))).toEqual([
      ['a', 1000, 2000]
    ])
    expect(times(snapCuesToFrames([{ id: 'a', startMs: 1010, endMs: 2021, text: '' }], 25))).toEqual([
      ['a', 1000, 2040]
    ])
    expect(times(snapCuesToFrames([{ id: 'a', startMs: 1010, endMs: 2021, text: '' }], 30))).toEqual([
      ['a', 1000, 2033]
    ])
  })

  it('fixes overlaps and small gaps, moving the next start when the cue would get too short', () => {
    const messy: Cue[] = [
      { id: 'a', startMs: 0, endMs: 2000, text: 'a' },
      { id: 'b', startMs: 1900, endMs: 3000, text: 'b' },
      { id: 'c', startMs: 3010, endMs: 4000, text: 'c' },
      { id: 'd', startMs: 3100, endMs: 5000, text: 'd' }
    ]
    expect(times(fixOverlapsAndGaps(messy, 67, 500))).toEqual([
      ['a', 0, 1833],
      ['b', 1900, 2943],
      ['c', 3010, 4000],
      ['d', 4067, 5000]
    ])
  })
})
