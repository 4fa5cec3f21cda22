import { effectiveEndCard } from '../../../../shared/export/ass-input'
import { outputTimeline } from '../../../../shared/export/output-timeline'
import { findPreset, PRESETS, type Preset } from '../../../../shared/export/presets'
import type { Clip, Project } from '../../../../shared/project/schema'

/** The end card a clip actually gets: the export's own resolution (project defaults + clip overrides). */
export const resolveEndCard = effectiveEndCard

/** The preset the studio previews: the project's export preset. */
export function previewPreset(project: Project): Preset {
  return findPreset(project.export.presetId) ?? PRESETS[0]!
}

export interface TimelineSpan {
  clipMs: number
  /** When the end card starts fading in (the xfade offset of the export), or null without a card. */
  endCardStartMs: number | null
  totalMs: number
}

/** The clip's output timeline, computed by the export's own function so the editors match the file. */
export function timelineSpan(project: Project, clip: Clip): TimelineSpan {
  const t = outputTimeline(project, clip, clip.probe?.durationMs ?? 0, previewPreset(project).fps)
  return { clipMs: t.clipMs, endCardStartMs: t.card?.startMs ?? null, totalMs: t.totalMs }
}
