/**
 * Cancel signals of an export request. The queue gives every output its own signal, so an engine
 * can cancel exactly the outputs asked for: a render worker's outputs are separate jobs and stop
 * alone; the local engine's outputs share one ffmpeg process, which stops when any of them is
 * cancelled (the queue then restarts the others and says so on them — docs/architecture.md).
 */
export function anySignal(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const given = signals.filter((s): s is AbortSignal => s !== undefined)
  if (given.length <= 1) return given[0]
  return AbortSignal.any(given)
}
