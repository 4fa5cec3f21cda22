import { describe, expect, it } from 'vitest'
import {
  displaySize,
  isStillImage,
  isVariableFrameRate,
  parseRational,
  probeProblem,
  rotationOf,
  toMediaProbe,
  type FfprobeData,
  type FfprobeStream
} from '../../../src/shared/project/media-probe'

const video = (extra: Partial<FfprobeStream> = {}): FfprobeStream => ({
  codec_type: 'video',
  codec_name: 'h264',
  width: 640,
  height: 360,
  r_frame_rate: '30/1',
  avg_frame_rate: '30/1',
  sample_aspect_ratio: '1:1',
  ...extra
})
const audio: FfprobeStream = { codec_type: 'audio', codec_name: 'aac' }
const data = (
  streams: FfprobeStream[],
  format: FfprobeData['format'] = { duration: '2.000000', size: '12345', format_name: 'mov,mp4,m4a,3gp,3g2,mj2' }
): FfprobeData => ({ streams, format })

describe('ffprobe → MediaProbe', () => {
  it('maps a plain 16:9 clip with audio', () => {
    expect(toMediaProbe(data([video(), audio]))).toEqual({
      durationMs: 2000,
      width: 640,
      height: 360,
      fps: 30,
      vfr: false,
      rotation: 0,
      sar: 1,
      hasAudio: true,
      videoCodec: 'h264',
      audioCodec: 'aac',
      sizeBytes: 12345
    })
  })

  it('accepts numbers as fluent-ffmpeg delivers them', () => {
    const p = toMediaProbe(data([video({ width: 360, height: 640 })], { duration: 1.5, size: 999 }))
    expect([p.durationMs, p.width, p.height, p.hasAudio, p.sizeBytes]).toEqual([1500, 360, 640, false, 999])
  })

  it.each([
    ['30000/1001', 29.97],
    ['25/1', 25],
    ['0/0', undefined],
    ['N/A', undefined],
    [undefined, undefined]
  ])('parseRational(%s) ≈ %s', (r, expected) => {
    const v = parseRational(r)
    if (expected === undefined) expect(v).toBeUndefined()
    else expect(Math.round(v! * 100) / 100).toBe(expected)
  })

  it('takes fps from avg_frame_rate, falling back to r_frame_rate', () => {
    expect(toMediaProbe(data([video({ avg_frame_rate: '30000/1001', r_frame_rate: '30000/1001' })])).fps).toBe(29.97)
    expect(toMediaProbe(data([video({ avg_frame_rate: '0/0', r_frame_rate: '24/1' })])).fps).toBe(24)
  })

  it.each([
    [30, 30, false],
    [30, 29.8, false],
    [30, 22.5, true],
    [60, 30, true],
    [undefined, 30, false]
  ])('isVariableFrameRate(%s, %s) = %s', (r, avg, expected) => {
    expect(isVariableFrameRate(r, avg)).toBe(expected)
  })

  it.each([
    [{ side_data_list: [{ side_data_type: 'Display Matrix', rotation: -90 }] }, 90],
    [{ side_data_list: [{ side_data_type: 'Display Matrix', rotation: 90 }] }, 270],
    [{ side_data_list: [{ side_data_type: 'Display Matrix', rotation: 180 }] }, 180],
    [{ side_data_list: [{ side_data_type: 'Display Matrix', rotation: -180 }] }, 180],
    [{ side_data_list: [{ side_data_type: 'Display Matrix', rotation: '-90.00' }] }, 90],
    [{ tags: { rotate: '90' } }, 90],
    [{ tags: { rotate: '270' } }, 270],
    [{ tags: { rotate: '-90' } }, 270],
    [{ side_data_list: [{ side_data_type: 'Display Matrix', rotation: 0 }], tags: { rotate: '90' } }, 0],
    [{}, 0]
  ])('rotationOf(%j) = %i (clockwise)', (extra, expected) => {
    expect(rotationOf(video(extra as Partial<FfprobeStream>))).toBe(expected)
  })

  it('reads anamorphic SAR and shows the display size', () => {
    const p = toMediaProbe(data([video({ width: 720, height: 576, sample_aspect_ratio: '16:15' })]))
    expect(p.sar).toBe(1.066667)
    expect(displaySize(p)).toEqual({ width: 768, height: 576 })
    expect(displaySize({ width: 640, height: 360, rotation: 90, sar: 1 })).toEqual({ width: 360, height: 640 })
    expect(toMediaProbe(data([video({ sample_aspect_ratio: '0:1' })])).sar).toBe(1)
  })

  it('ignores cover art and says why a file is not a clip', () => {
    const cover = video({ disposition: { attached_pic: 1 }, codec_name: 'mjpeg' })
    expect(probeProblem(data([audio, cover]))).toEqual({
      code: 'no-video-stream',
      reason: 'has audio but no video stream'
    })
    expect(probeProblem(data([]))).toEqual({ code: 'no-video-stream', reason: 'has no video stream' })
    expect(probeProblem(data([video()]))).toBeUndefined()
  })

  it('recognises still images', () => {
    expect(isStillImage(data([video({ codec_name: 'png' })], { format_name: 'png_pipe' }))).toBe(true)
    expect(isStillImage(data([video()]))).toBe(false)
  })
})
