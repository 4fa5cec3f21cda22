import type { FitMode } from '../project/schema'
import type { LoudnessMeasurement } from './loudness'
import type { HdrSource } from './hdr'
import type { Preset } from './presets'

/**
 * Everything one ffmpeg run needs, resolved: absolute paths, the fresh probe, the measured
 * loudness, one entry per locale output. Serializable; `buildExportArgs` turns it into argv.
 */
export interface PlanOutput {
  jobId: string
  locale: string
  /** The ASS file (subtitles + end-card text) burned into this output. */
  assPath: string
  /** Temp name ffmpeg writes; renamed to finalPath only after verification. */
  partialPath: string
  finalPath: string
}

export interface EndCardPlan {
  durationMs: number
  transition: { kind: string; durationMs: number }
  background: { kind: 'color'; color: string } | { kind: 'blur-last-frame' }
  /** The creator photo (image) or short video, placed as a square at `rect`. */
  photo?: { path: string; isImage: boolean; rect: { x: number; y: number; size: number }; hdr?: HdrSource }
}

export interface ExportPlan {
  sourcePath: string
  /** Duration of the clip part in output frames' time (ms), see clipDurationMs(). */
  clipDurationMs: number
  hasAudio: boolean
  sar: number
  fit: FitMode
  padColor: string
  preset: Preset
  /** Pass-1 measurement of the source audio; absent for silent/no audio (nothing to normalise). */
  loudness?: LoudnessMeasurement
  /** The source is HDR (HLG/PQ, Dolby Vision with such a base): tone-mapped to SDR BT.709 first. */
  hdr?: HdrSource
  endCard?: EndCardPlan
  fontsDir: string
  outputs: PlanOutput[]
}

/** Source duration snapped DOWN to whole output frames, so xfade's offset never passes the clip's end. */
export function clipDurationMs(sourceDurationMs: number, fps: number): number {
  // A hundredth of a frame of slack: ffprobe durations carry rounding noise (1.99999 s is 60 frames).
  const frames = Math.max(1, Math.floor((sourceDurationMs * fps) / 1000 + 0.01))
  return Math.round((frames * 1000) / fps)
}

/** Output duration: clip + card − transition (the transition overlaps both). */
export function outputDurationMs(plan: Pick<ExportPlan, 'clipDurationMs' | 'endCard'>): number {
  if (!plan.endCard) return plan.clipDurationMs
  return plan.clipDurationMs + plan.endCard.durationMs - effectiveTransitionMs(plan as ExportPlan)
}

/** The transition can't be longer than either side. */
export function effectiveTransitionMs(plan: Pick<ExportPlan, 'clipDurationMs' | 'endCard'>): number {
  if (!plan.endCard) return 0
  return Math.min(plan.endCard.transition.durationMs, plan.clipDurationMs, plan.endCard.durationMs)
}

/** Several locales share one decode + fit; more outputs per process than this costs too much memory. */
export const MAX_OUTPUTS_PER_PROCESS = 6

/**
 * xfade transitions of ffmpeg 5.1 (`ffmpeg -h filter=xfade`), minus "custom" (needs an expression).
 * The project allows any lowercase word; an unknown one is refused before ffmpeg runs.
 */
export const XFADE_TRANSITIONS = [
  'fade',
  'wipeleft',
  'wiperight',
  'wipeup',
  'wipedown',
  'slideleft',
  'slideright',
  'slideup',
  'slidedown',
  'circlecrop',
  'rectcrop',
  'distance',
  'fadeblack',
  'fadewhite',
  'radial',
  'smoothleft',
  'smoothright',
  'smoothup',
  'smoothdown',
  'circleopen',
  'circleclose',
  'vertopen',
  'vertclose',
  'horzopen',
  'horzclose',
  'dissolve',
  'pixelize',
  'diagtl',
  'diagtr',
  'diagbl',
  'diagbr',
  'hlslice',
  'hrslice',
  'vuslice',
  'vdslice',
  'hblur',
  'fadegrays',
  'wipetl',
  'wipetr',
  'wipebl',
  'wipebr',
  'squeezeh',
  'squeezev',
  'zoomin',
  'fadefast',
  'fadeslow'
] as const
