import { stat } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { isStillImage, probeProblem, toMediaProbe, type FfprobeData } from '../../../shared/project/media-probe'
import type { MediaProbe } from '../../../shared/project/schema'
import { checkIsoBmff } from '../media/iso-bmff'
import { heifBrand, heifUnreadable } from '../media/heif'
import { runFfprobe } from './runner'

/**
 * The one probe path: `ffprobe -show_streams -show_format -of json` through the runner. Import,
 * relink, `kindframe probe`, thumbnails and the export engine all read media through this module.
 */
export async function ffprobeJson(absPath: string, timeoutMs = 30_000): Promise<FfprobeData> {
  // A probe that hangs (a stalled network share) must not hang the caller forever: hence the timeout.
  const stdout = await runFfprobe(['-v', 'error', '-show_streams', '-show_format', '-of', 'json', absPath], {
    timeoutMs
  })
  let data: Partial<FfprobeData>
  try {
    data = JSON.parse(stdout) as Partial<FfprobeData>
  } catch {
    throw new KindframeError('not-media', `${absPath}: ffprobe returned unreadable output.`)
  }
  return { streams: data.streams ?? [], format: data.format ?? {} }
}

/** ffprobe's own words about why it could not read a file (its stderr tail), or undefined when it did not say. */
export function ffprobeComplaint(err: unknown): string | undefined {
  if (!(err instanceof KindframeError) || err.code !== 'ffmpeg-failed') return undefined
  const details = err.details as { stderrTail?: string; timedOut?: boolean } | undefined
  if (details?.timedOut) return err.message
  return firstUsefulLine(details?.stderrTail ?? '') || err.message.split('\n')[0]!.replace(/\.$/, '')
}

export interface ProbedFile {
  path: string
  probe: MediaProbe
  /** A single picture (PNG/JPEG): usable as an end-card photo, not as a clip. */
  still: boolean
  mtimeMs: number
}

/** Probes a media file; every refusal is a KindframeError naming the file and the reason. */
export async function probeMedia(path: string): Promise<MediaProbe> {
  return (await probeFile(path)).probe
}

export async function probeFile(path: string): Promise<ProbedFile> {
  const abs = resolve(path)
  const info = await stat(abs).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new KindframeError('not-found', `${abs}: no such file.`)
    if (err.code === 'EACCES' || err.code === 'EPERM')
      throw new KindframeError('not-found', `${abs}: permission denied.`)
    throw err
  })
  if (info.isDirectory()) throw new KindframeError('not-media', `${abs}: is a folder, not a media file.`)
  if (!info.isFile()) throw new KindframeError('not-media', `${abs}: is not a regular file.`)
  if (info.size === 0) throw new KindframeError('not-media', `${abs}: is empty (0 bytes).`)

  // A HEIC photo is ISO-BMFF without a moov: not "truncated", just a format this ffmpeg may not read.
  const brand = await heifBrand(abs)
  const iso = brand ? undefined : await checkIsoBmff(abs, info.size)
  if (iso?.kind === 'truncated') throw new KindframeError('truncated-media', `${abs}: ${iso.reason}.`)

  const data = await ffprobeJson(abs).catch((err: unknown) => {
    const complaint = ffprobeComplaint(err)
    if (complaint === undefined) throw err // missing ffprobe, cancelled: not the file's fault
    if (brand) throw new KindframeError('not-media', `${heifUnreadable(abs, brand)}.`)
    throw new KindframeError('not-media', `${abs}: not a video or audio file ffmpeg can read (${complaint}).`)
  })
  const problem = probeProblem(data)
  if (problem && brand) throw new KindframeError('not-media', `${heifUnreadable(abs, brand)}.`)
  if (problem) throw new KindframeError(problem.code, `${abs}: ${problem.reason}.`)
  const still = isStillImage(data)
  const ext = extname(abs).toLowerCase()
  if (still && VIDEO_EXTENSIONS.has(ext)) {
    // ffprobe happily reads a photo renamed .mp4 (as one frame of mjpeg), and the export then blamed a
    // "truncated" file. Say what it really is.
    const kind = imageKind(data.format.format_name ?? '', data.streams[0]?.codec_name)
    throw new KindframeError(
      'not-media',
      `${abs}: is a ${kind} picture, not a video, although its name ends in ${ext}. Rename it to .${kind === 'JPEG' ? 'jpg' : kind.toLowerCase()} to use it as an end-card photo, or pick the real video.`
    )
  }
  return { path: abs, probe: { ...toMediaProbe(data), sizeBytes: info.size }, still, mtimeMs: info.mtimeMs }
}

/** Names that promise a video (or audio+video) stream. */
const VIDEO_EXTENSIONS = new Set([
  '.mp4',
  '.m4v',
  '.mov',
  '.webm',
  '.mkv',
  '.avi',
  '.mts',
  '.m2ts',
  '.3gp',
  '.hevc',
  '.h264'
])

function imageKind(formatName: string, codec: string | undefined): string {
  const fromFormat = /(^|,)(jpeg|png|webp|bmp|gif|tiff)_pipe/.exec(formatName)?.[2]
  const name = fromFormat ?? (codec === 'mjpeg' ? 'jpeg' : (codec ?? 'image'))
  return name === 'jpeg' ? 'JPEG' : name.toUpperCase()
}

/**
 * A file that can be a clip: probeFile's refusals, plus stills (they belong on the end card). The
 * CLI's probe, import and export all refuse with these same words.
 */
export async function probeVideoFile(path: string): Promise<ProbedFile> {
  const probed = await probeFile(path)
  if (probed.still)
    throw new KindframeError(
      'not-media',
      `${probed.path}: is a still image; use it as an end-card photo, clips must be video.`
    )
  return probed
}

/** ffprobe's stderr minus the "[mov,mp4,… @ 0x55…]" prefixes and the repeated file name. */
function firstUsefulLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.replace(/^\[[^\]]*@ 0x[0-9a-f]+\]\s*/, '').trim())
    .filter(Boolean)
  const last = lines[lines.length - 1] ?? ''
  return last.replace(/^.*:\s(?=[A-Z][a-z])/, '')
}
