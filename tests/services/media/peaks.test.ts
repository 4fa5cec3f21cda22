import { describe, expect, it } from 'vitest'
import { computePeaks, PeakAccumulator } from '../../../src/main/services/media/peaks'

describe('waveform peaks', () => {
  it('keeps the max |sample| per bucket, scaled to 0..1', () => {
    // 8 samples/s, 2 peaks/s → buckets of 4 samples
    expect(computePeaks([0, 100, -200, 50, 16384, -32768, 0, 0], 8, 2, 32768)).toEqual([0.0061, 1])
  })

  it('gives a partial last bucket and zeros for silence', () => {
    expect(computePeaks([0, 0, 0, 0, 0], 4, 2, 1)).toEqual([0, 0, 0])
  })

  it('is the same whether samples arrive at once or in odd chunks', () => {
    const samples = Array.from({ length: 1000 }, (_, i) =>
      Math.round(Math.sin(i / 7) * 20000 * (i % 13 === 0 ? 1 : 0.5))
    )
    const acc = new PeakAccumulator(300, 7, 32768) // 300/7 samples per bucket: not a whole number
    for (let i = 0; i < samples.length; i += 37) acc.push(samples.slice(i, i + 37))
    expect(acc.result()).toEqual(computePeaks(samples, 300, 7, 32768))
    expect(acc.result()).toHaveLength(Math.ceil((1000 * 7) / 300))
  })

  it('clamps values beyond full scale', () => {
    expect(computePeaks([1.5, -0.25], 2, 1, 1)).toEqual([1])
  })
})
