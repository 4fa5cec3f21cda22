import { describe, expect, it } from 'vitest'
import {
  cueIndexAt,
  neighbourCueId,
  nextIssueCueId
} from '../../../../../src/renderer/src/features/subtitles/navigation'

const ids = ['a', 'b', 'c', 'd']

describe('neighbourCueId', () => {
  it.each([
    ['b', 1, 'c'],
    ['b', -1, 'a'],
    ['d', 1, 'd'], // stays on the last cue
    ['a', -1, 'a'],
    [null, 1, 'a'],
    [null, -1, 'd'],
    ['zz', 1, 'a']
  ] as const)('%s %i → %s', (cur, step, expected) => {
    expect(neighbourCueId(ids, cur, step)).toBe(expected)
  })
  it('empty list', () => expect(neighbourCueId([], null, 1)).toBeNull())
})

describe('nextIssueCueId', () => {
  it('finds the next cue with an issue and wraps', () => {
    expect(nextIssueCueId(ids, new Set(['c']), 'a')).toBe('c')
    expect(nextIssueCueId(ids, new Set(['a', 'c']), 'c')).toBe('a')
    expect(nextIssueCueId(ids, new Set(['c']), 'c')).toBe('c')
    expect(nextIssueCueId(ids, new Set(['b']), null)).toBe('b')
    expect(nextIssueCueId(ids, new Set(), 'a')).toBeNull()
  })
})

describe('cueIndexAt', () => {
  const cues = [
    { startMs: 0, endMs: 1000 },
    { startMs: 1500, endMs: 2000 },
    { startMs: 3000, endMs: 4000 }
  ]
  it.each([
    [-5, -1],
    [0, 0],
    [1200, 0],
    [1500, 1],
    [9999, 2]
  ])('%i ms → %i', (ms, expected) => {
    expect(cueIndexAt(cues, ms)).toBe(expected)
  })
})
