import { describe, expect, it } from 'vitest'
import { displaySize, fitLayout } from '../../../../../src/renderer/src/features/player/fit'

const FRAME = { width: 1080, height: 1920 }

describe('fitLayout (matches the export fit maths)', () => {
  it('pads a 16:9 source: full width, centred vertically', () => {
    expect(fitLayout('pad', { width: 1920, height: 1080 }, FRAME)).toEqual({
      main: { left: 0, top: 34.18, width: 100, height: 31.641 },
      background: null
    })
  })
  it('blur-fill: contained video over a cover copy', () => {
    const l = fitLayout('blur', { width: 1920, height: 1080 }, FRAME)
    expect(l.main).toEqual({ left: 0, top: 34.18, width: 100, height: 31.641 })
    expect(l.background).toEqual({ left: -108.025, top: 0, width: 316.049, height: 100 })
  })
  it('crop: covers the frame', () => {
    expect(fitLayout('crop', { width: 1920, height: 1080 }, FRAME).main).toEqual({
      left: -108.025,
      top: 0,
      width: 316.049,
      height: 100
    })
  })
  it('a 9:16 source fills the frame in every mode', () => {
    for (const fit of ['pad', 'blur', 'crop'] as const) {
      expect(fitLayout(fit, { width: 540, height: 960 }, FRAME).main).toEqual({
        left: 0,
        top: 0,
        width: 100,
        height: 100
      })
    }
  })
  it('rotation 90 swaps the display size; SAR stretches the width', () => {
    expect(displaySize({ width: 1920, height: 1080, rotation: 90 })).toEqual({ width: 1080, height: 1920 })
    expect(displaySize({ width: 1920, height: 1080, rotation: -270 })).toEqual({ width: 1080, height: 1920 })
    expect(displaySize({ width: 720, height: 576, sar: 16 / 15 })).toEqual({ width: 768, height: 576 })
    expect(fitLayout('pad', { width: 1920, height: 1080, rotation: 90 }, FRAME).main).toEqual({
      left: 0,
      top: 0,
      width: 100,
      height: 100
    })
  })
  it('a square source pads top and bottom', () => {
    expect(fitLayout('pad', { width: 100, height: 100 }, FRAME).main).toEqual({
      left: 0,
      top: 21.875,
      width: 100,
      height: 56.25
    })
  })
})
