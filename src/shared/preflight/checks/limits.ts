import { addProblem, type OutputContext } from './context'

/**
 * The output's length against the preset (clip + end card − transition, from the stored probe) and
 * its worst-case size: the VBV cap (video maxrate) plus the audio bitrate over that length. The real
 * file is usually far smaller; verification measures it after encoding.
 */
export function checkLimits(ctx: OutputContext): { durationMs: number | null; maxBytes: number | null } {
  const { preset, timeline } = ctx
  if (!timeline) return { durationMs: null, maxBytes: null }
  const durationMs = timeline.totalMs
  const seconds = (ms: number) => Math.round(ms / 100) / 10
  const params = {
    seconds: seconds(durationMs),
    preset: preset.label,
    maxSeconds: seconds(preset.limits.maxDurationMs),
    warnSeconds: seconds(preset.limits.warnDurationMs)
  }
  if (durationMs > preset.limits.maxDurationMs) addProblem(ctx, 'duration-over-limit', 'error', params)
  else if (durationMs > preset.limits.warnDurationMs) addProblem(ctx, 'duration-long', 'warning', params)
  const maxBytes = Math.round(
    (((preset.video.maxrateKbps + preset.audio.bitrateKbps) * 1000) / 8) * (durationMs / 1000)
  )
  if (maxBytes > preset.limits.maxSizeBytes) {
    addProblem(ctx, 'size-may-exceed', 'warning', {
      mb: Math.round(maxBytes / 1_000_000),
      maxMb: Math.round(preset.limits.maxSizeBytes / 100_000) / 10
    })
  }
  return { durationMs, maxBytes }
}
