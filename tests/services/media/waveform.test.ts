import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { waveform } from '../../../src/main/services/media/waveform'
import { makeClip } from '../../helpers/media'
import { ffmpeg, tempDir, weirdCopy } from './fixtures'

let dir: string
beforeAll(() => {
  dir = tempDir()
})

describe('waveform from real audio', () => {
  it('a −6 dB tone gives steady peaks at the expected level', async () => {
    const w = await waveform(await makeClip({ width: 160, height: 90, durationS: 1, toneHz: 1000, toneDb: -6 }), 10)
    // lavfi's sine source peaks at 1/8 full scale; −6 dB halves it; stereo → mono downmix scales by 1/√2.
    const expected = 0.5 * (1 / 8) * Math.SQRT1_2
    expect(w.durationMs).toBe(1000)
    expect(w.peaksPerSecond).toBe(10)
    expect(w.peaks.length).toBeGreaterThanOrEqual(10) // AAC padding may add a short tail bucket
    expect(w.peaks.length).toBeLessThanOrEqual(11)
    for (const p of w.peaks.slice(1, 9)) expect(p).toBeCloseTo(expected, 2)
  })

  it('a louder tone has proportionally higher peaks', async () => {
    const quiet = await waveform(await makeClip({ width: 160, height: 90, durationS: 1, toneDb: -20 }), 10)
    const loud = await waveform(await makeClip({ width: 160, height: 90, durationS: 1, toneHz: 1000, toneDb: -6 }), 10)
    expect(loud.peaks[5] / quiet.peaks[5]).toBeCloseTo(10 ** (14 / 20), 1)
  })

  it('silence gives zeros', async () => {
    const path = join(dir, 'silent.mp4')
    await ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'color=c=gray:s=64x36:r=10:d=1',
      '-f',
      'lavfi',
      '-i',
      'anullsrc=r=48000:cl=stereo',
      '-t',
      '1',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-shortest',
      path
    ])
    const w = await waveform(path, 20)
    expect(w.peaks.length).toBeGreaterThanOrEqual(20)
    expect(new Set(w.peaks)).toEqual(new Set([0]))
  })

  it('decodes a file whose name has quotes, colon, #, %, [ ] and non-Latin letters', async () => {
    const w = await waveform(await weirdCopy(dir), 10)
    expect(w.durationMs).toBe(1000)
    expect(w.peaks[5]).toBeGreaterThan(0.005) // the −20 dB tone of the copied clip
  })

  it('no audio → no peaks, but the duration', async () => {
    const w = await waveform(await makeClip({ width: 160, height: 90, durationS: 1, audio: false }), 50)
    expect(w).toEqual({ peaks: [], peaksPerSecond: 50, durationMs: 1000 })
  })
})
