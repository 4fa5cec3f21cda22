import { describe, expect, it } from 'vitest'
import { advance, shuttle } from '../../../../../src/renderer/src/features/player/player-store'

describe('shuttle (J/K/L)', () => {
  it.each([
    [{ playing: false, rate: 1 }, 'l', 1],
    [{ playing: true, rate: 1 }, 'l', 2],
    [{ playing: true, rate: 4 }, 'l', 8],
    [{ playing: true, rate: 8 }, 'l', 8],
    [{ playing: true, rate: 2 }, 'j', -1],
    [{ playing: true, rate: -1 }, 'j', -2],
    [{ playing: false, rate: 1 }, 'j', -1],
    [{ playing: true, rate: 2 }, 'k', 0]
  ] as const)('%o + %s → %d', (state, key, expected) => {
    expect(shuttle(state, key)).toBe(expected)
  })
})

describe('advance', () => {
  it('moves by elapsed × rate', () => {
    expect(advance(1000, 100, 2, 5000, null)).toEqual({ ms: 1200, stop: false })
    expect(advance(1000, 100, -1, 5000, null)).toEqual({ ms: 900, stop: false })
  })
  it('stops at either end', () => {
    expect(advance(4950, 100, 1, 5000, null)).toEqual({ ms: 5000, stop: true })
    expect(advance(50, 100, -1, 5000, null)).toEqual({ ms: 0, stop: true })
  })
  it('wraps inside a loop span both ways', () => {
    expect(advance(1950, 100, 1, 5000, { startMs: 1000, endMs: 2000 })).toEqual({ ms: 1050, stop: false })
    expect(advance(1020, 100, -1, 5000, { startMs: 1000, endMs: 2000 })).toEqual({ ms: 1920, stop: false })
  })
})
