import { describe, expect, it } from 'vitest'
import { MIN_WORD_MS, moveWordBoundary, nearestBoundary } from '../../../src/shared/captions/word-edit'

const words = [
  { text: 'Be', fromMs: 0, toMs: 300 },
  { text: 'kind', fromMs: 300, toMs: 800 },
  { text: 'always', fromMs: 900, toMs: 1500 }
]

describe('editing word timings (drag a tick, W at the playhead)', () => {
  it('moves the start of a word and the end of the one before', () => {
    expect(moveWordBoundary(words, 1, 420)).toEqual([
      { text: 'Be', fromMs: 0, toMs: 420 },
      { text: 'kind', fromMs: 420, toMs: 800 },
      words[2]
    ])
  })

  it('never makes a word shorter than the minimum, never crosses a neighbour', () => {
    expect(moveWordBoundary(words, 1, -500)[1]!.fromMs).toBe(MIN_WORD_MS)
    expect(moveWordBoundary(words, 1, 5000)[1]!.fromMs).toBe(800 - MIN_WORD_MS)
    expect(moveWordBoundary(words, 0, 100)).toEqual(words)
    expect(moveWordBoundary(words, 3, 100)).toEqual(words)
  })

  it('finds the boundary nearest the playhead', () => {
    expect(nearestBoundary(words, 350)).toBe(1)
    expect(nearestBoundary(words, 1400)).toBe(2)
    expect(nearestBoundary([words[0]!], 100)).toBe(-1)
  })
})
