import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { probeMedia } from '../../../src/main/services/ffmpeg/probe'
import { KindframeError } from '../../../src/shared/errors'
import { ffprobeJson, makeClip } from '../../helpers/media'
import { toMediaProbe, type FfprobeData } from '../../../src/shared/project/media-probe'
import { ffmpeg, tempDir, truncatedCopy, weirdCopy, WEIRD_NAME } from './fixtures'

async function rejection(path: string): Promise<KindframeError> {
  const err = await probeMedia(path).then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(err instanceof KindframeError)) throw new Error(`expected a KindframeError for ${path}, got ${String(err)}`)
  return err
}

let dir: string
beforeAll(() => {
  dir = tempDir()
})

describe('probeMedia on real files', () => {
  it('16:9 with audio', async () => {
    const p = await probeMedia(await makeClip({ width: 160, height: 90, durationS: 1 }))
    expect(p).toEqual({
      durationMs: 1000,
      width: 160,
      height: 90,
      fps: 30,
      vfr: false,
      rotation: 0,
      sar: 1,
      hasAudio: true,
      videoCodec: 'h264',
      audioCodec: 'aac',
      sizeBytes: p.sizeBytes
    })
    expect(p.sizeBytes).toBeGreaterThan(1000)
  })

  it('9:16 without audio', async () => {
    const p = await probeMedia(await makeClip({ width: 90, height: 160, durationS: 1, audio: false }))
    expect([p.width, p.height, p.hasAudio, p.audioCodec, p.rotation]).toEqual([90, 160, false, undefined, 0])
  })

  it('rotation metadata becomes clockwise degrees (ffmpeg 5.1 writes rotate=90 as a counter-clockwise matrix)', async () => {
    const p = await probeMedia(await makeClip({ width: 160, height: 90, durationS: 1, rotation: 90, audio: false }))
    expect([p.width, p.height, p.rotation]).toEqual([160, 90, 270])
  })

  it('variable frame rate: average fps and the vfr flag', async () => {
    const p = await probeMedia(await makeClip({ width: 160, height: 90, durationS: 2, vfr: true, audio: false }))
    expect([p.fps, p.vfr, p.durationMs]).toEqual([23.898, true, 1967])
  })

  it('anamorphic sample aspect ratio', async () => {
    // Own file: setsar needs "4/3" (in "setsar=4:3" the colon separates options: r=4, max=3 → 3:1).
    const out = join(dir, 'anamorphic.mp4')
    await ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=s=120x90:r=25:d=1',
      '-vf',
      'setsar=4/3',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      out
    ])
    const p = await probeMedia(out)
    expect([p.width, p.height, p.fps, p.sar]).toEqual([120, 90, 25, 1.333333])
  })

  it('a path with spaces, quotes, colon, #, %, brackets and non-Latin letters', async () => {
    const path = await weirdCopy(dir)
    expect(path.endsWith(WEIRD_NAME)).toBe(true)
    const p = await probeMedia(path)
    expect([p.width, p.height, p.durationMs]).toEqual([160, 90, 1000])
  })
})

describe('the one probe path', () => {
  it('gives the same probe as the pure mapping of ffprobe -of json', async () => {
    for (const spec of [
      { width: 160, height: 90, durationS: 1, rotation: 90 as const, audio: false },
      { width: 160, height: 90, durationS: 2, vfr: true, audio: false },
      { width: 160, height: 90, durationS: 1 }
    ]) {
      const path = await makeClip(spec)
      const viaJson = toMediaProbe((await ffprobeJson(path)) as unknown as FfprobeData)
      expect(await probeMedia(path)).toEqual(viaJson)
    }
  })
})

describe('probeMedia refusals name the file and the reason', () => {
  it('missing file → not-found', async () => {
    const path = join(dir, 'nope.mp4')
    const err = await rejection(path)
    expect([err.code, err.message]).toEqual(['not-found', `${path}: no such file.`])
  })

  it('zero-length file → not-media', async () => {
    const path = join(dir, 'empty.mp4')
    writeFileSync(path, '')
    const err = await rejection(path)
    expect([err.code, err.message]).toEqual(['not-media', `${path}: is empty (0 bytes).`])
  })

  it('a text file renamed .mp4 → not-media', async () => {
    const path = join(dir, 'notes.mp4')
    writeFileSync(path, 'Remember to be kind.\n'.repeat(50))
    const err = await rejection(path)
    expect(err.code).toBe('not-media')
    expect(err.message).toBe(
      `${path}: not a video or audio file ffmpeg can read (Invalid data found when processing input).`
    )
  })

  it('the first 30% of an MP4 → truncated-media', async () => {
    const src = await makeClip({ width: 160, height: 90, durationS: 1 })
    const path = truncatedCopy(src, join(dir, 'cut.mp4'), 0.3)
    const err = await rejection(path)
    expect(err.code).toBe('truncated-media')
    expect(err.message).toMatch(
      new RegExp(
        `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ends early: its "mdat" box needs \\d+ bytes but the file has \\d+`
      )
    )
  })

  it('a faststart MP4 cut short (index first, so ffprobe alone would accept it) → truncated-media', async () => {
    const src = await makeClip({ width: 160, height: 90, durationS: 1 })
    const fast = join(dir, 'fast.mp4')
    await ffmpeg(['-i', src, '-c', 'copy', '-movflags', '+faststart', fast])
    const err = await rejection(truncatedCopy(fast, join(dir, 'fast-cut.mp4'), 0.6))
    expect(err.code).toBe('truncated-media')
  })

  it('audio only → no-video-stream', async () => {
    const path = join(dir, 'tone.m4a')
    await ffmpeg(['-f', 'lavfi', '-i', 'sine=f=440:d=1', '-c:a', 'aac', path])
    const err = await rejection(path)
    expect([err.code, err.message]).toEqual(['no-video-stream', `${path}: has audio but no video stream.`])
  })

  it('a folder → not-media', async () => {
    const path = join(dir, 'folder.mp4')
    mkdirSync(path, { recursive: true })
    const err = await rejection(path)
    expect([err.code, err.message]).toEqual(['not-media', `${path}: is a folder, not a media file.`])
  })
})
