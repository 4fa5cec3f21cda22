import ffmpeg from 'fluent-ffmpeg'
import type { FfprobeData, FfprobeStream } from '../../../shared/project/media-probe'
import { resolveFfmpeg } from './binaries'

/**
 * The ONLY module that imports fluent-ffmpeg. The package is archived upstream, so everything it
 * does for us is kept behind this small surface and can be swapped for a direct spawn without
 * touching callers. We use just its ffprobe runner (argument-array spawn, no shell).
 *
 * fluent-ffmpeg parses ffprobe's default (INI-like) output, not JSON, and flattens nested blocks:
 * the display-matrix side data arrives as `rotation`/`side_data_type` keys on the stream itself.
 * `toJsonShape` puts them back where `ffprobe -of json` has them, so the pure mapping in
 * shared/project/media-probe.ts sees one shape whichever way the data was produced.
 */

export class FfprobeFailure extends Error {
  constructor(
    message: string,
    /** ffprobe's stderr (at -v error), used to tell truncated files from non-media. */
    readonly stderr: string
  ) {
    super(message)
    this.name = 'FfprobeFailure'
  }
}

const PROBE_TIMEOUT_MS = 30_000

export async function ffprobeFile(absPath: string): Promise<FfprobeData> {
  const { ffprobePath } = await resolveFfmpeg()
  const raw = await new Promise<ffmpeg.FfprobeData>((resolve, reject) => {
    // A probe that hangs (a stalled network share) must not hang the caller forever.
    const timer = setTimeout(() => reject(new FfprobeFailure(`ffprobe did not answer within ${PROBE_TIMEOUT_MS / 1000} s`, '')), PROBE_TIMEOUT_MS)
    ffmpeg(absPath)
      .setFfprobePath(ffprobePath)
      .ffprobe(['-v', 'error'], (err: Error | null, data: ffmpeg.FfprobeData) => {
        clearTimeout(timer)
        if (err) {
          // fluent-ffmpeg appends stderr after the first line: "ffprobe exited with code 1\n<stderr>".
          const [first, ...rest] = err.message.split('\n')
          reject(new FfprobeFailure(first ?? err.message, rest.join('\n').trim()))
        } else resolve(data)
      })
  })
  return toJsonShape(raw)
}

function toJsonShape(raw: ffmpeg.FfprobeData): FfprobeData {
  const streams = raw.streams.map((s) => {
    const flat = s as unknown as Record<string, unknown> & FfprobeStream
    const stream: FfprobeStream = { ...flat }
    if (flat.rotation !== undefined && !flat.side_data_list) {
      stream.side_data_list = [{ side_data_type: String(flat.side_data_type ?? ''), rotation: flat.rotation as number }]
    }
    return stream
  })
  const format = raw.format as FfprobeData['format']
  return { streams, format }
}
