import { stat } from 'node:fs/promises'
import { KindframeError } from '../../../shared/errors'
import { msFromSeconds, type OutputProbe } from '../../../shared/export/verify-checks'
import { rotationOf } from '../../../shared/project/media-probe'
import { ffprobeComplaint, ffprobeJson, probeVideoFile } from '../ffmpeg/probe'
import { topLevelBoxes } from '../media/iso-bmff'
import { colorVerdict, type ColorFields, type ColorVerdict, type HdrSource } from '../../../shared/export/hdr'
import { heifBrand, heifUnreadable } from '../media/heif'

/** ffprobe for the export engine: the source as the encoder will see it, and outputs for verification. */
interface RawStream extends Omit<ColorFields, 'side_data_list'> {
  codec_type?: string
  codec_name?: string
  profile?: string
  width?: number
  height?: number
  pix_fmt?: string
  r_frame_rate?: string
  sample_rate?: string
  channels?: number
  duration?: string
  sample_aspect_ratio?: string
  side_data_list?: ({ rotation?: number } & NonNullable<ColorFields['side_data_list']>[number])[]
  tags?: { rotate?: string }
}
interface RawProbe {
  streams?: RawStream[]
  format?: { duration?: string; size?: string; format_name?: string }
}

export async function ffprobeRaw(path: string): Promise<RawProbe> {
  try {
    return (await ffprobeJson(path, 60_000)) as RawProbe
  } catch (err) {
    const complaint = ffprobeComplaint(err)
    if (complaint === undefined) throw err
    throw new KindframeError('not-media', `${path}: ffprobe cannot read it (${complaint})`)
  }
}

export interface SourceInfo {
  durationMs: number
  width: number
  height: number
  rotation: number
  sar: number
  hasAudio: boolean
  /** SDR, or HDR to tone-map (unsupported HDR is refused by probeSource). */
  color: ColorVerdict
}

/** The source as decoded: video stream duration (not the container's), SAR, rotation, audio presence. */
export async function probeSource(path: string): Promise<SourceInfo> {
  await stat(path).catch(() => {
    throw new KindframeError('media-missing', `${path}: the clip's media file is missing.`)
  })
  // The same checks and words as `kindframe probe` and import (not media, truncated, no video, a
  // picture named .mp4…), not ffprobe's generic text.
  await probeVideoFile(path)
  const raw = await ffprobeRaw(path)
  const video = raw.streams?.find((s) => s.codec_type === 'video' && s.width)
  if (!video) throw new KindframeError('no-video-stream', `${path}: has no video stream.`)
  const durationMs = msFromSeconds(video.duration) ?? msFromSeconds(raw.format?.duration)
  if (!durationMs)
    throw new KindframeError(
      'truncated-media',
      `${path}: its duration cannot be read (truncated or still being written?).`
    )
  const rotation = rotationOf(video)
  const [n, d] = (video.sample_aspect_ratio ?? '1:1').split(':').map(Number)
  const sar = n && d ? n / d : 1
  const color = colorVerdict(video)
  if (color.kind === 'unsupported') throw new KindframeError('not-media', `${path}: ${color.reason}.`)
  return {
    durationMs,
    width: video.width!,
    height: video.height!,
    rotation,
    sar,
    hasAudio: !!raw.streams?.some((s) => s.codec_type === 'audio'),
    color
  }
}

/** The end card's photo: an image or a short video (tone-mapped when HDR). Anything else is a clear job error. */
export async function probeCardMedia(path: string): Promise<{ isImage: boolean; hdr?: HdrSource }> {
  await stat(path).catch(() => {
    throw new KindframeError('media-missing', `${path}: the end-card photo is missing.`)
  })
  const brand = await heifBrand(path)
  let raw: RawProbe
  try {
    raw = await ffprobeRaw(path)
  } catch {
    if (brand) throw new KindframeError('not-media', `${heifUnreadable(path, brand)}.`)
    throw new KindframeError('not-media', `${path}: the end-card photo is not an image or video ffmpeg can read.`)
  }
  const video = raw.streams?.find((s) => s.codec_type === 'video' && s.width)
  if (!video)
    throw new KindframeError(
      'not-media',
      brand ? `${heifUnreadable(path, brand)}.` : `${path}: the end-card photo has no picture in it.`
    )
  const format = raw.format?.format_name ?? ''
  const isImage = /image2|_pipe|png|mjpeg|webp|bmp|tiff/.test(format) || !msFromSeconds(raw.format?.duration)
  const color = colorVerdict(video)
  if (color.kind === 'unsupported')
    throw new KindframeError('not-media', `${path}: the end-card video ${color.reason}.`)
  return color.kind === 'hdr' ? { isImage, hdr: color } : { isImage }
}

export async function probeOutput(path: string): Promise<OutputProbe> {
  const raw = await ffprobeRaw(path)
  const v = raw.streams?.find((s) => s.codec_type === 'video')
  const a = raw.streams?.find((s) => s.codec_type === 'audio')
  const probe: OutputProbe = { sizeBytes: (await stat(path)).size, boxOrder: await topLevelBoxes(path) }
  if (v) {
    probe.video = {
      codec: v.codec_name ?? '',
      profile: v.profile,
      width: v.width ?? 0,
      height: v.height ?? 0,
      pixFmt: v.pix_fmt,
      frameRate: v.r_frame_rate,
      durationMs: msFromSeconds(v.duration),
      color: { primaries: v.color_primaries, transfer: v.color_transfer, space: v.color_space, range: v.color_range }
    }
  }
  if (a)
    probe.audio = {
      codec: a.codec_name ?? '',
      sampleRate: Number(a.sample_rate),
      channels: a.channels ?? 0,
      durationMs: msFromSeconds(a.duration)
    }
  return probe
}

export { topLevelBoxes }
