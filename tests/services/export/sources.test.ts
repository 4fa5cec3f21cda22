import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ffprobeJson, frameRgb, makeClip, type ClipSpec } from '../../helpers/media'
import { DRAFT, exportOne, okResult, pixel, projectWith, rowSharpness, tempDir } from './export-helpers'

const run = promisify(execFile)
const W = DRAFT.width
const H = DRAFT.height

async function exportSource(spec: ClipSpec, fit: 'blur' | 'pad' | 'crop' = 'pad') {
  const media = await makeClip(spec)
  const project = projectWith([{ id: 'c', title: 'C', media, fit }])
  const { outcomes, paths } = await exportOne(project, { outDir: tempDir() })
  const result = okResult(outcomes[0])
  return { result, path: paths[0]!, probe: await ffprobeJson(paths[0]!) }
}

/** Every output, whatever the source, must meet the preset. */
function expectPresetStreams(probe: Awaited<ReturnType<typeof ffprobeJson>>) {
  const v = probe.streams.find((s) => s.codec_type === 'video')!
  const a = probe.streams.find((s) => s.codec_type === 'audio')!
  expect([v.codec_name, v.profile, v.width, v.height, v.pix_fmt, v.r_frame_rate]).toEqual([
    'h264',
    'High',
    W,
    H,
    'yuv420p',
    '30/1'
  ])
  expect([a.codec_name, a.sample_rate, a.channels]).toEqual(['aac', '48000', 2])
  expect(v.side_data_list?.some((d) => d.rotation)).toBeFalsy()
}

const isBlack = (p: { r: number; g: number; b: number }) => p.r < 30 && p.g < 30 && p.b < 30
const isWhite = (p: { r: number; g: number; b: number }) => p.r > 220 && p.g > 220 && p.b > 220

describe('pad fit: where the picture lands proves aspect, rotation and SAR handling', () => {
  // White sources padded with black: sample rows y=100 (top), 400, 640 (centre), 1200 (bottom).
  it.each([
    ['16:9', { width: 640, height: 360 }, [false, false, true, false]],
    ['1:1', { width: 360, height: 360 }, [false, true, true, false]],
    ['4:5', { width: 320, height: 400 }, [false, true, true, false]],
    ['9:16', { width: 360, height: 640 }, [true, true, true, true]],
    // 640×360 with a 90° display matrix is shown as 360×640: fills the 9:16 frame, no bars.
    ['rotated 90° 16:9 → upright 9:16', { width: 640, height: 360, rotation: 90 as const }, [true, true, true, true]],
    // 480×360 at SAR 4:3 displays as 640×360 (16:9): bars at y=400; ignoring SAR would show 4:3 (white at 400).
    ['anamorphic 4:3 SAR', { width: 480, height: 360, sar: '4:3' }, [false, false, true, false]]
  ])('%s', async (_name, dims, expectedWhite) => {
    const { probe, path } = await exportSource({ ...dims, durationS: 1, source: 'color', color: 'white' })
    expectPresetStreams(probe)
    const frame = await frameRgb(path, 0.5, W, H)
    const rows = [100, 400, 640, 1200].map((y) => pixel(frame, W, W / 2, y))
    expect(rows.map(isWhite)).toEqual(expectedWhite)
    expect(rows.filter((p) => !isWhite(p)).every(isBlack)).toBe(true)
  })
})

describe('blur and crop fits', () => {
  it('crop fills the frame with the sharp picture; blur fills the bars with a blurred copy', async () => {
    const spec = { width: 640, height: 360, durationS: 1, source: 'smptebars' as const }
    const crop = await exportSource(spec, 'crop')
    const blur = await exportSource(spec, 'blur')
    const pad = await exportSource(spec, 'pad')
    const [c, b, p] = await Promise.all([crop, blur, pad].map((x) => frameRgb(x.path, 0.5, W, H)))
    // Top band (y=100): crop shows sharp bar edges, blur a soft non-black copy, pad plain black.
    expect(rowSharpness(c!, W, 100)).toBeGreaterThan(150)
    expect(rowSharpness(b!, W, 100)).toBeLessThan(40)
    expect(isBlack(pixel(b!, W, W / 2, 100))).toBe(false)
    expect(isBlack(pixel(p!, W, W / 2, 100))).toBe(true)
    // The centre band is the sharp foreground in both blur and pad.
    expect(rowSharpness(b!, W, 640)).toBeGreaterThan(150)
    expectPresetStreams(blur.probe)
  })
})

describe('frame rates and audio', () => {
  it.each([
    ['25 fps', { fps: 25 }],
    ['60 fps', { fps: 60 }],
    ['VFR', { vfr: true }]
  ])('%s becomes 30 fps CFR with exactly 30 frames per second', async (_n, extra) => {
    const { probe, path } = await exportSource({ width: 320, height: 180, durationS: 2, ...extra })
    expectPresetStreams(probe)
    const { stdout } = await run('ffprobe', [
      '-v',
      'error',
      '-count_frames',
      '-select_streams',
      'v',
      '-show_entries',
      'stream=nb_read_frames,avg_frame_rate',
      '-of',
      'csv=p=0',
      path
    ])
    const [avg, frames] = stdout.trim().split(',')
    expect(avg).toBe('30/1')
    // VFR drops frames inside the source, so its video stream may end up to a frame early.
    expect(Number(frames)).toBeGreaterThanOrEqual('vfr' in extra ? 58 : 60)
    expect(Number(frames)).toBeLessThanOrEqual(60)
  })

  it('a source without audio gets a silent AAC stereo track and no loudness', async () => {
    const { probe, result } = await exportSource({ width: 320, height: 180, durationS: 1, audio: false })
    expectPresetStreams(probe)
    expect(result.loudness).toEqual({ inputI: null, outputI: null, outputTp: null })
    expect(Number(probe.format.duration)).toBeCloseTo(1, 1)
  })
})
