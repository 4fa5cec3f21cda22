import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import { probeFile } from '../ffmpeg/probe'
import { runFfmpegJob } from '../ffmpeg/runner'
import { toneMapFilter } from '../../../shared/export/hdr'

const MAX_CACHED = 300
/** Key (path, mtime, atMs, width) → data URL; a Map keeps insertion order, so the oldest go first. */
const cache = new Map<string, Promise<string>>()

/** Where to grab a frame when the caller does not say: 1 s in, or 10% in for clips under 10 s. */
export function defaultThumbnailAtMs(durationMs: number): number {
  return durationMs >= 10_000 ? 1000 : Math.round(durationMs * 0.1)
}

/**
 * A JPEG of one frame as a data: URL, `width` pixels wide (height keeps the display aspect).
 * ffmpeg's autorotate turns phone video upright before scaling, and `iw*sar` undoes anamorphic
 * pixels, so the picture looks like the player will show it. Times past the end are clamped.
 */
export async function thumbnail(
  path: string,
  opts: { atMs?: number; width?: number } = {}
): Promise<{ dataUrl: string }> {
  const abs = resolve(path)
  const width = Math.round(opts.width ?? 240)
  // A cache hit costs one stat (no ffprobe): the key uses the requested time, not the clamped one.
  const mtimeMs = await stat(abs).then(
    (s) => s.mtimeMs,
    () => undefined
  )
  const key = `${abs}\u0000${mtimeMs}\u0000${opts.atMs ?? 'auto'}\u0000${width}`
  let hit = mtimeMs === undefined ? undefined : cache.get(key)
  if (!hit) {
    hit = probeAndGrab(abs, opts.atMs, width)
    cache.set(key, hit)
    hit.catch(() => cache.delete(key)) // never cache a failure
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string)
  }
  return { dataUrl: await hit }
}

async function probeAndGrab(abs: string, requestedAtMs: number | undefined, width: number): Promise<string> {
  const { probe } = await probeFile(abs) // refuses missing/non-media files with the usual reasons
  const lastFrameMs = Math.max(0, probe.durationMs - Math.ceil(1000 / probe.fps) - 1)
  const atMs = Math.round(Math.min(Math.max(0, requestedAtMs ?? defaultThumbnailAtMs(probe.durationMs)), lastFrameMs))
  // An HDR clip's thumbnail is tone-mapped like its export, not the washed-out raw frame.
  const toneMap = probe.hdr
    ? `${toneMapFilter({ transfer: probe.hdr, primaries: 'bt2020', matrix: 'bt2020nc', range: 'tv' })},`
    : ''
  return grab(abs, atMs, width, toneMap)
}

async function grab(abs: string, atMs: number, width: number, toneMap = ''): Promise<string> {
  const args = (ms: number) => [
    '-v',
    'error',
    '-ss',
    (ms / 1000).toFixed(3),
    '-i',
    abs,
    '-frames:v',
    '1',
    '-an',
    '-vf',
    `${toneMap}scale=trunc(iw*sar/2)*2:ih,setsar=1,scale=${width}:-2`,
    '-f',
    'image2pipe',
    '-c:v',
    'mjpeg',
    '-q:v',
    '4',
    'pipe:1'
  ]
  let jpeg = await runFfmpegJob(args(atMs), { label: abs, timeoutMs: 30_000 })
  // Some files have no decodable frame at the exact time (a short last GOP): fall back to the start.
  if (jpeg.length === 0 && atMs > 0) jpeg = await runFfmpegJob(args(0), { label: abs, timeoutMs: 30_000 })
  if (jpeg.length === 0)
    throw new KindframeError('ffmpeg-failed', `${abs}: no video frame could be decoded for a thumbnail.`)
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`
}

/** For tests. */
export function clearThumbnailCache(): void {
  cache.clear()
}
