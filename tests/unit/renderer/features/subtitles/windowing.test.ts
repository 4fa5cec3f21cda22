import { describe, expect, it } from 'vitest'
import { scrollTopToReveal, visibleWindow } from '../../../../../src/renderer/src/features/subtitles/windowing'

describe('visibleWindow', () => {
  it('renders only the rows in view plus overscan', () => {
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 5000, overscan: 3 })).toEqual({
      start: 0,
      end: 13,
      offsetTop: 0,
      totalHeight: 200000
    })
    expect(visibleWindow({ scrollTop: 4000, viewportHeight: 400, rowHeight: 40, count: 5000, overscan: 3 })).toEqual({
      start: 97,
      end: 113,
      offsetTop: 3880,
      totalHeight: 200000
    })
  })
  it('partial rows count as visible', () => {
    expect(visibleWindow({ scrollTop: 20, viewportHeight: 100, rowHeight: 40, count: 100, overscan: 0 })).toEqual({
      start: 0,
      end: 3,
      offsetTop: 0,
      totalHeight: 4000
    })
  })
  it('clamps a scrollTop past the end (list shrank)', () => {
    expect(visibleWindow({ scrollTop: 99999, viewportHeight: 400, rowHeight: 40, count: 20, overscan: 2 })).toEqual({
      start: 8,
      end: 20,
      offsetTop: 320,
      totalHeight: 800
    })
  })
  it('short and empty lists', () => {
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 3, overscan: 5 })).toEqual({
      start: 0,
      end: 3,
      offsetTop: 0,
      totalHeight: 120
    })
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 0, overscan: 5 })).toEqual({
      start: 0,
      end: 0,
      offsetTop: 0,
      totalHeight: 0
    })
  })
})

describe('scrollTopToReveal', () => {
  it.each([
    [5, 0, 400, 40, 0], // already visible
    [20, 0, 400, 40, 440], // below: align bottom
    [2, 400, 400, 40, 80], // above: align top
    [9, 0, 400, 40, 0] // last fully visible row
  ])('row %i from %i', (index, top, vh, rh, expected) => {
    expect(scrollTopToReveal(index, top, vh, rh)).toBe(expected)
  })
})
