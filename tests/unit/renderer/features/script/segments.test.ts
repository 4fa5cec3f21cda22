import { describe, expect, it } from 'vitest'
import { replaceRange, replacementOf, segmentText } from '../../../../../src/renderer/src/features/script/segments'

describe('segmentText', () => {
  it('plain text is one segment', () => {
    expect(segmentText('hello', [])).toEqual([{ start: 0, end: 5, text: 'hello', issues: [] }])
  })
  it('cuts around one issue', () => {
    expect(segmentText('You are such a loser!', [{ start: 15, end: 20 }])).toEqual([
      { start: 0, end: 15, text: 'You are such a ', issues: [] },
      { start: 15, end: 20, text: 'loser', issues: [0] },
      { start: 20, end: 21, text: '!', issues: [] }
    ])
  })
  it('overlapping issues split into covered pieces', () => {
    expect(
      segmentText('abcdef', [
        { start: 1, end: 4 },
        { start: 3, end: 6 }
      ])
    ).toEqual([
      { start: 0, end: 1, text: 'a', issues: [] },
      { start: 1, end: 3, text: 'bc', issues: [0] },
      { start: 3, end: 4, text: 'd', issues: [0, 1] },
      { start: 4, end: 6, text: 'ef', issues: [1] }
    ])
  })
  it('stale spans are clamped; empty ones ignored', () => {
    expect(
      segmentText('abc', [
        { start: 2, end: 10 },
        { start: 1, end: 1 }
      ])
    ).toEqual([
      { start: 0, end: 2, text: 'ab', issues: [] },
      { start: 2, end: 3, text: 'c', issues: [0] }
    ])
  })
  it('empty text', () => {
    expect(segmentText('', [{ start: 0, end: 3 }])).toEqual([])
  })
})

it('replaceRange', () => {
  expect(replaceRange('You are such a loser', { start: 15, end: 20 }, 'person who is struggling')).toBe(
    'You are such a person who is struggling'
  )
})

describe('replacementOf', () => {
  it.each([
    ['friend', 'friend'],
    ["Describe what happened: “That didn't go your way this time.”", "That didn't go your way this time."],
    ['Say "you did your best"', 'you did your best'],
    ['  classmate ', 'classmate']
  ])('%s → %s', (suggestion, expected) => {
    expect(replacementOf(suggestion)).toBe(expected)
  })
})
