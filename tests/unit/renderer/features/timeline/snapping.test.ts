import { describe, expect, it } from 'vitest'
import {
  moveCue,
  neighbourEdges,
  resizeCue,
  snapTime
} from '../../../../../src/renderer/src/features/timeline/snapping'

const ctx = { fps: 30, neighbours: [1000, 2000], thresholdMs: 50, minMs: 0, maxMs: 5000 }

describe('snapTime', () => {
  it.each([
    [1040, 1000], // within threshold of a neighbour
    [960, 1000],
    [1051, 1067], // outside the threshold: nearest frame (31.53 frames → 32 → 1067)
    [10, 0],
    [16, 0], // 0.48 frames → frame 0
    [17, 33],
    [-20, 0], // clamped to min
    [6000, 5000] // clamped to max
  ])('%i → %i', (input, expected) => {
    expect(snapTime(input, ctx)).toBe(expected)
  })
  it('prefers the closest of two neighbours', () => {
    expect(snapTime(1020, { ...ctx, neighbours: [1000, 1030] })).toBe(1030)
  })
})

describe('moveCue', () => {
  it('keeps the duration and snaps the start to a neighbour', () => {
    expect(moveCue({ startMs: 2100, endMs: 2600 }, -80, ctx)).toEqual({ startMs: 2000, endMs: 2500 })
  })
  it('snaps the end to a neighbour when that is closer', () => {
    expect(moveCue({ startMs: 0, endMs: 500 }, 480, ctx)).toEqual({ startMs: 500, endMs: 1000 })
  })
  it('falls back to the frame grid', () => {
    expect(moveCue({ startMs: 3000, endMs: 3500 }, 110, ctx)).toEqual({ startMs: 3100, endMs: 3600 })
  })
  it('stays inside the clip', () => {
    expect(moveCue({ startMs: 4000, endMs: 4500 }, 900, ctx)).toEqual({ startMs: 4500, endMs: 5000 })
    expect(moveCue({ startMs: 100, endMs: 600 }, -400, ctx)).toEqual({ startMs: 0, endMs: 500 })
  })
})

describe('resizeCue', () => {
  it('moves the end edge to a neighbour', () => {
    expect(resizeCue({ startMs: 1200, endMs: 1500 }, 'end', 1980, ctx)).toEqual({ startMs: 1200, endMs: 2000 })
  })
  it('never shorter than one frame, never flipped', () => {
    expect(resizeCue({ startMs: 1200, endMs: 1500 }, 'start', 1700, ctx)).toEqual({ startMs: 1466, endMs: 1500 })
    expect(resizeCue({ startMs: 1200, endMs: 1500 }, 'end', 100, ctx)).toEqual({ startMs: 1200, endMs: 1234 })
  })
  it('moves the start edge on the frame grid', () => {
    expect(resizeCue({ startMs: 3000, endMs: 3500 }, 'start', 2810, ctx)).toEqual({ startMs: 2800, endMs: 3500 })
  })
})

it('neighbourEdges skips the dragged cue', () => {
  expect(
    neighbourEdges(
      [
        { id: 'a', startMs: 0, endMs: 10 },
        { id: 'b', startMs: 20, endMs: 30 }
      ],
      'a'
    )
  ).toEqual([20, 30])
})
