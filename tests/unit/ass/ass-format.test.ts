import { describe, expect, it } from 'vitest'
import { assColor, formatAssTime } from '../../../src/shared/ass/ass-format'

describe('formatAssTime', () => {
  it.each([
    [0, '0:00:00.00'],
    [4, '0:00:00.00'],
    [5, '0:00:00.01'], // half rounds up: 5 ms late at most
    [10, '0:00:00.01'],
    [999, '0:00:01.00'],
    [1234, '0:00:01.23'],
    [1235, '0:00:01.24'],
    [59_994, '0:00:59.99'],
    [59_995, '0:01:00.00'],
    [61_000, '0:01:01.00'],
    [3_599_990, '0:59:59.99'],
    [3_600_000, '1:00:00.00'],
    [36_000_000 + 62_340, '10:01:02.34'],
    [-50, '0:00:00.00'],
    [Number.NaN, '0:00:00.00']
  ])('%d ms → %s', (ms, expected) => {
    expect(formatAssTime(ms)).toBe(expected)
  })

  it('never moves a time by more than 10 ms', () => {
    for (let ms = 0; ms < 3000; ms += 7) {
      const [h, m, rest] = formatAssTime(ms).split(':')
      const back = (Number(h) * 3600 + Number(m) * 60 + Number(rest)) * 1000
      expect(Math.abs(back - ms)).toBeLessThanOrEqual(5.0001)
    }
  })
})

describe('assColor', () => {
  it.each([
    ['#FFFFFF', 0, '&H00FFFFFF'],
    ['#000000', 0, '&H00000000'],
    ['#FF0000', 0, '&H000000FF'], // red is the LAST byte: ASS is BGR
    ['#00FF00', 0, '&H0000FF00'],
    ['#0000ff', 0, '&H00FF0000'],
    ['#123456', 0, '&H00563412'],
    ['#abcdef', 128, '&H80EFCDAB'],
    ['#000000', 255, '&HFF000000'],
    ['#000000', 300, '&HFF000000']
  ])('%s alpha %d → %s', (hex, alpha, expected) => {
    expect(assColor(hex, alpha)).toBe(expected)
  })

  it('rejects anything but #RRGGBB', () => {
    expect(() => assColor('red')).toThrow(/#RRGGBB/)
    expect(() => assColor('#fff')).toThrow(/#RRGGBB/)
  })
})
