/**
 * Two-pass loudnorm: pass 1 prints measurements as JSON at the end of stderr; pass 2 applies them
 * with linear=true (a plain gain when the target is reachable without limiting).
 */
export interface LoudnessTarget {
  integrated: number
  truePeak: number
  lra: number
}

export interface LoudnessMeasurement {
  inputI: number
  inputTp: number
  inputLra: number
  inputThresh: number
  targetOffset: number
  /** What loudnorm predicts for its own output (only meaningful from a measure of an output file). */
  outputI?: number
  outputTp?: number
}

export function measureFilter(t: LoudnessTarget): string {
  return `loudnorm=I=${t.integrated}:TP=${t.truePeak}:LRA=${t.lra}:print_format=json`
}

export function applyFilter(t: LoudnessTarget, m: LoudnessMeasurement): string {
  return (
    `loudnorm=I=${t.integrated}:TP=${t.truePeak}:LRA=${t.lra}` +
    `:measured_I=${m.inputI}:measured_TP=${m.inputTp}:measured_LRA=${m.inputLra}` +
    `:measured_thresh=${m.inputThresh}:offset=${m.targetOffset}:linear=true:print_format=none`
  )
}

/**
 * Finds loudnorm's JSON block in ffmpeg's stderr. Returns undefined when there is none or when the
 * input is silent (loudnorm reports "-inf"), in which case there is nothing to normalise.
 */
export function parseLoudnormJson(stderr: string): LoudnessMeasurement | undefined {
  const start = stderr.lastIndexOf('[Parsed_loudnorm')
  const open = stderr.indexOf('{', start < 0 ? 0 : start)
  const close = stderr.indexOf('}', open)
  if (open < 0 || close < 0) return undefined
  let raw: Record<string, unknown>
  try {
    raw = JSON.parse(stderr.slice(open, close + 1)) as Record<string, unknown>
  } catch {
    return undefined
  }
  const num = (key: string): number | undefined => {
    const v = Number(raw[key])
    return typeof raw[key] === 'string' && Number.isFinite(v) ? v : undefined
  }
  const inputI = num('input_i')
  const inputTp = num('input_tp')
  const inputLra = num('input_lra')
  const inputThresh = num('input_thresh')
  const targetOffset = num('target_offset')
  if (
    inputI === undefined ||
    inputTp === undefined ||
    inputLra === undefined ||
    inputThresh === undefined ||
    targetOffset === undefined
  ) {
    return undefined
  }
  return { inputI, inputTp, inputLra, inputThresh, targetOffset, outputI: num('output_i'), outputTp: num('output_tp') }
}

/**
 * The output check uses ebur128 (about 5× cheaper than a loudnorm measure: no 192 kHz resampling
 * except for the true-peak oversampler). Parses the final "Summary:" block of its stderr.
 */
export function parseEbur128Summary(stderr: string): { integrated: number; truePeak: number | null } | undefined {
  const at = stderr.lastIndexOf('Summary:')
  if (at < 0) return undefined
  const summary = stderr.slice(at)
  const integrated = Number(/Integrated loudness:\s+I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1])
  if (!Number.isFinite(integrated)) return undefined
  const peak = Number(/True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1])
  return { integrated, truePeak: Number.isFinite(peak) ? peak : null }
}
