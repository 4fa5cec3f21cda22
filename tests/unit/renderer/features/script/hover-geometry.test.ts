import { describe, expect, it } from 'vitest'
import {
  CARD_GAP,
  hitMark,
  placeCard,
  VIEWPORT_MARGIN,
  type Box
} from '../../../../../src/renderer/src/features/script/hover-geometry'

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom })

describe('hitMark: which highlight is under the pointer (mirror-layer hit test)', () => {
  // Mark 0 wraps over two lines; mark 12 sits right after it on the second line.
  const marks = [
    { key: 0, boxes: [box(200, 10, 300, 30), box(10, 30, 60, 50)] },
    { key: 12, boxes: [box(60, 30, 120, 50)] }
  ]
  it.each([
    ['first line of a wrapped mark', 250, 20, { key: 0, box: marks[0].boxes[0] }],
    ['second line of a wrapped mark', 20, 40, { key: 0, box: marks[0].boxes[1] }],
    ['the next mark', 100, 40, { key: 12, box: marks[1].boxes[0] }],
    ['the shared edge goes to the first mark', 60, 40, { key: 0, box: marks[0].boxes[1] }],
    ['plain text between marks', 150, 20, null],
    ['below every mark', 20, 51, null]
  ])('%s', (_name, x, y, expected) => {
    expect(hitMark(marks, x, y)).toEqual(expected)
  })

  it('no marks, no hit', () => {
    expect(hitMark([], 5, 5)).toBeNull()
  })
})

describe('placeCard: under the word, above when there is no room, inside the viewport', () => {
  const viewport = { width: 1000, height: 700 }
  const card = { width: 300, height: 120 }
  it.each([
    [
      'LTR: under the word, aligned with its left edge',
      box(100, 200, 160, 220),
      'ltr',
      { left: 100, top: 220 + CARD_GAP }
    ],
    [
      'RTL: under the word, aligned with its right edge',
      box(500, 200, 560, 220),
      'rtl',
      { left: 560 - 300, top: 220 + CARD_GAP }
    ],
    ['near the bottom: above the word', box(100, 640, 160, 660), 'ltr', { left: 100, top: 640 - CARD_GAP - 120 }],
    [
      'near the right edge: pulled back inside',
      box(900, 200, 960, 220),
      'ltr',
      { left: 1000 - VIEWPORT_MARGIN - 300, top: 220 + CARD_GAP }
    ],
    [
      'RTL near the left edge: pushed inside',
      box(20, 200, 80, 220),
      'rtl',
      { left: VIEWPORT_MARGIN, top: 220 + CARD_GAP }
    ]
  ] as const)('%s', (_name, anchor, dir, expected) => {
    expect(placeCard(anchor, card, viewport, dir)).toEqual(expected)
  })

  it('a short viewport with more room below than above keeps the card below', () => {
    expect(placeCard(box(10, 20, 50, 40), { width: 100, height: 500 }, { width: 800, height: 300 }, 'ltr')).toEqual({
      left: 10,
      top: 40 + CARD_GAP
    })
  })

  it('a card taller than the room above is clamped to the top margin', () => {
    expect(placeCard(box(10, 250, 50, 270), { width: 100, height: 400 }, { width: 800, height: 300 }, 'ltr')).toEqual({
      left: 10,
      top: VIEWPORT_MARGIN
    })
  })
})
