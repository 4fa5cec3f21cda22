import type { AssInput } from '../ass/build-ass'
import type { Clip, Project } from '../project/schema'
import { assInputFor, effectiveEndCard, safeZoneFor } from './ass-input'
import { clipDurationMs } from './plan'
import type { Preset } from './presets'

/**
 * Where things sit in an output of one clip: the clip part (whole output frames), the end card
 * joined by a transition that overlaps the clip's tail, the total length. The export and the studio's
 * player both call this, so the preview cannot drift from what gets burned in.
 */
export interface OutputTimeline {
  clipMs: number
  /** Output-time start of the card (= the xfade offset) and its fade; null without a card. */
  card: { startMs: number; durationMs: number; fadeInMs: number } | null
  totalMs: number
}

export function outputTimeline(project: Project, clip: Clip, sourceDurationMs: number, fps: number): OutputTimeline {
  const clipMs = clipDurationMs(sourceDurationMs, fps)
  const ec = effectiveEndCard(project, clip)
  if (!ec.enabled) return { clipMs, card: null, totalMs: clipMs }
  // The transition can't be longer than either side (same rule as plan.effectiveTransitionMs).
  const transitionMs = Math.min(ec.transition.durationMs, clipMs, ec.durationMs)
  const startMs = clipMs - transitionMs
  return {
    clipMs,
    card: { startMs, durationMs: ec.durationMs, fadeInMs: transitionMs },
    totalMs: startMs + ec.durationMs
  }
}

/** The ASS input (subtitles + end-card text) of one clip × locale output at the preset's frame. */
export function outputAssInput(
  project: Project,
  clip: Clip,
  locale: string,
  preset: Preset,
  sourceDurationMs: number
): AssInput {
  const t = outputTimeline(project, clip, sourceDurationMs, preset.fps)
  return assInputFor({ project, clip, locale, preset, clipDurationMs: t.clipMs, ...(t.card ? { card: t.card } : {}) })
}

export { safeZoneFor }
