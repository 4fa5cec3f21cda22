import { measureFilter, parseLoudnormJson, type LoudnessMeasurement, type LoudnessTarget } from '../../../shared/export/loudness'
import { runFfmpeg } from '../ffmpeg/runner'

/**
 * Loudness pass 1 (and the output check): decode only the first audio stream through
 * loudnorm in measure mode. Returns undefined for silence (nothing to normalise).
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
    args: ['-hide_banner', '-nostdin', '-nostats', ...limit, '-i', path, '-map', '0:a:0', '-vn', '-af', measureFilter(target), '-f', 'null', '-']
  })
  return parseLoudnormJson(stderrTail)
}
