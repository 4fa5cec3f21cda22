import type { MediaProbe } from './schema'
import { colorVerdict, type ColorFields } from '../export/hdr'

/**
 * ffprobe's answer (the `-show_streams -show_format` JSON shape) → MediaProbe, as pure functions.
 * Numbers may arrive as numbers or strings (ffprobe's JSON writer quotes durations, sizes and tag
 * values; project files written by older versions hold numbers), so every field goes through `num`.
 */
export interface FfprobeStream extends Omit<ColorFields, 'side_data_list'> {
  index?: number
  codec_type?: string
  codec_name?: string
  width?: number | string
  height?: number | string
  r_frame_rate?: string
  avg_frame_rate?: string
  sample_aspect_ratio?: string
  duration?: number | string
  nb_frames?: number | string
  side_data_list?: {
    side_data_type?: string
    rotation?: number | string
    dv_profile?: number | string
    dv_bl_signal_compatibility_id?: number | string
  }[]
  tags?: Record<string, string | number>
  disposition?: Record<string, number>
}

export interface FfprobeData {
  streams: FfprobeStream[]
  format: { duration?: number | string; size?: number | string; format_name?: string; nb_streams?: number | string }
}

/** Why a probe answer cannot become a clip. */
export type ProbeProblem = { code: 'no-video-stream'; reason: string } | { code: 'not-media'; reason: string }

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN
  return Number.isFinite(n) ? n : undefined
}

/** "30000/1001" → 29.97002997…; "0/0", "N/A" → undefined. */
export function parseRational(r: string | undefined, sep = '/'): number | undefined {
  if (!r) return undefined
  const [a, b] = r.split(sep)
  const n = num(a)
  const d = b === undefined ? 1 : num(b)
  if (n === undefined || d === undefined || n <= 0 || d <= 0) return undefined
  return n / d
}

/** The picture stream: the first video stream that is not cover art (MP3/M4A covers are attached_pic). */
export function pickVideoStream(data: FfprobeData): FfprobeStream | undefined {
  return data.streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1)
}

/**
 * Kindframe's one rotation convention (MediaProbe.rotation, `kindframe probe`, the export's source
 * info): clockwise degrees the stored frame must turn to be shown upright, normalized to
 * 0/90/180/270 — what the legacy `rotate` tag meant. ffprobe reports the display matrix as
 * `rotation` in counter-clockwise degrees (av_display_rotation_get), and that matrix is what
 * ffmpeg's autorotate applies, hence the sign flip: matrix −90 → 90. The tag is read only when there
 * is no matrix. Note ffmpeg 5.1's muxer stores `-metadata:s:v rotate=90` as a +90 (counter-clockwise)
 * matrix, so such a file is 270 here; tests/services/media/rotation.test.ts checks the convention
 * against the pixels autorotate produces.
 */
export function rotationOf(stream: FfprobeStream): 0 | 90 | 180 | 270 {
  const matrix = stream.side_data_list?.find((d) => d.rotation !== undefined)
  const ccw = num(matrix?.rotation)
  const cw = ccw !== undefined ? -ccw : num(stream.tags?.rotate)
  if (cw === undefined) return 0
  const snapped = (Math.round(cw / 90) * 90) % 360
  return ((snapped + 360) % 360) as 0 | 90 | 180 | 270
}

/** True when the nominal and average frame rates disagree by more than 1% (dropped/irregular frames). */
export function isVariableFrameRate(r: number | undefined, avg: number | undefined): boolean {
  if (r === undefined || avg === undefined) return false
  return Math.abs(r - avg) / Math.max(r, avg) > 0.01
}

const STILL_FORMATS = /(^|,)(image2|png_pipe|jpeg_pipe|webp_pipe|bmp_pipe|gif_pipe|tiff_pipe)(,|$)/

/** A single picture (PNG, JPEG…), which ffprobe reports as a one-frame video stream. */
export function isStillImage(data: FfprobeData): boolean {
  return STILL_FORMATS.test(data.format.format_name ?? '')
}

/** Returns why this probe cannot be used as a video clip, or undefined when it can. */
export function probeProblem(data: FfprobeData): ProbeProblem | undefined {
  const video = pickVideoStream(data)
  if (!video) {
    const hasAudio = data.streams.some((s) => s.codec_type === 'audio')
    return { code: 'no-video-stream', reason: hasAudio ? 'has audio but no video stream' : 'has no video stream' }
  }
  if (!num(video.width) || !num(video.height))
    return { code: 'not-media', reason: 'its video stream has no picture size' }
  const color = colorVerdict(video)
  if (color.kind === 'unsupported') return { code: 'not-media', reason: color.reason }
  return undefined
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places

/** The MediaProbe for a file whose probeProblem() is undefined. */
export function toMediaProbe(data: FfprobeData): MediaProbe {
  const video = pickVideoStream(data)
  if (!video) throw new Error('toMediaProbe: no video stream (check probeProblem first)')
  const audio = data.streams.find((s) => s.codec_type === 'audio')
  const r = parseRational(video.r_frame_rate)
  const avg = parseRational(video.avg_frame_rate)
  const fps = avg ?? r ?? 25
  const durationS = num(data.format.duration) ?? num(video.duration) ?? 0
  const size = num(data.format.size)
  const probe: MediaProbe = {
    durationMs: Math.round(durationS * 1000),
    width: num(video.width)!,
    height: num(video.height)!,
    fps: round(fps, 3),
    vfr: isVariableFrameRate(r, avg),
    rotation: rotationOf(video),
    sar: round(parseRational(video.sample_aspect_ratio, ':') ?? 1, 6),
    hasAudio: audio !== undefined,
    videoCodec: video.codec_name
  }
  if (audio?.codec_name) probe.audioCodec = audio.codec_name
  const color = colorVerdict(video)
  if (color.kind === 'hdr') {
    probe.hdr = color.transfer
    if (color.dolbyVision) probe.dolbyVision = `${color.dolbyVision.profile}.${color.dolbyVision.compatibility}`
  }
  if (size !== undefined) probe.sizeBytes = Math.round(size)
  return probe
}

/** Width × height as shown to the viewer (rotation and anamorphic pixels applied). */
export function displaySize(p: Pick<MediaProbe, 'width' | 'height' | 'rotation' | 'sar'>): {
  width: number
  height: number
} {
  const w = Math.round(p.width * (p.sar || 1))
  return p.rotation === 90 || p.rotation === 270 ? { width: p.height, height: w } : { width: w, height: p.height }
}
