import { describe, expect, it } from 'vitest'
import { transitionProgress, transitionStyle } from '../../../../../src/renderer/src/features/endcard/transition'

describe('transitionStyle', () => {
  it.each([
    ['fade', 0.25, { opacity: 0.25 }],
    ['dissolve', 1, { opacity: 1 }],
    ['slideleft', 0.25, { transform: 'translateX(75%)' }],
    ['slideright', 0.5, { transform: 'translateX(-50%)' }],
    ['slideup', 0, { transform: 'translateY(100%)' }],
    ['wipeleft', 0.4, { clipPath: 'inset(0 0 0 60%)' }],
    ['circleopen', 1, { clipPath: 'circle(75% at 50% 50%)' }],
    ['fade', 7, { opacity: 1 }]
  ])('%s at %d', (kind, p, expected) => {
    expect(transitionStyle(kind, p)).toEqual(expected)
  })
})

describe('transitionProgress', () => {
  it.each([
    [900, 1000, 500, 0],
    [1000, 1000, 500, 0],
    [1250, 1000, 500, 0.5],
    [2000, 1000, 500, 1],
    [1000, 1000, 0, 1]
  ])('%i ms (start %i, %i ms) → %d', (ms, start, d, expected) => {
    expect(transitionProgress(ms, start, d)).toBe(expected)
  })
})
