import {
  measureFilter,
  parseEbur128Summary,
  parseLoudnormJson,
  type LoudnessMeasurement,
  type LoudnessTarget
} from '../../../shared/export/loudness'
import { runFfmpeg } from '../ffmpeg/runner'

/**
 * Loudness pass 1: decode only the first audio stream through loudnorm in measure mode.
 * Returns undefined for silence (nothing to normalise).
 */
export async function measureLoudness(
  path: string,
  target: LoudnessTarget,
  runId: string,
  opts: { signal?: AbortSignal; durationMs?: number } = {}
): Promise<LoudnessMeasurement | undefined> {
  const limit = opts.durationMs !== undefined ? ['-t', String(opts.durationMs / 1000)] : []
  const { stderrTail } = await runFfmpeg({
    id: runId,
    signal: opts.signal,
    args: [
      '-hide_banner',
      '-nostdin',
      '-nostats',
      ...limit,
      '-i',
      path,
      '-map',
      '0:a:0',
      '-vn',
      '-af',
      measureFilter(target),
      '-f',
      'null',
      '-'
    ]
  })
  return parseLoudnormJson(stderrTail)
}

/** The output check: EBU R128 integrated loudness and true peak of the encoded file (first `durationMs`). */
export async function measureOutputLoudness(
  path: string,
  runId: string,
  opts: { signal?: AbortSignal; durationMs?: number } = {}
): Promise<{ integrated: number; truePeak: number | null } | undefined> {
  const limit = opts.durationMs !== undefined ? ['-t', String(opts.durationMs / 1000)] : []
  const { stderrTail } = await runFfmpeg({
    id: runId,
    signal: opts.signal,
    args: [
      '-hide_banner',
      '-nostdin',
      '-nostats',
      ...limit,
      '-i',
      path,
      '-map',
      '0:a:0',
      '-vn',
      '-af',
      'ebur128=peak=true',
      '-f',
      'null',
      '-'
    ]
  })
  return parseEbur128Summary(stderrTail)
}
