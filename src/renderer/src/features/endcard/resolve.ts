import type { Clip, EndCard, Project } from '../../../../shared/project/schema'

/** The end card a clip actually gets: project defaults overlaid with the clip's own overrides. */
export function resolveEndCard(project: Project, clip: Clip): EndCard {
  const own = clip.endCard ?? {}
  const merged: EndCard = { ...project.endCard }
  for (const [key, value] of Object.entries(own)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value
  merged.message = { ...project.endCard.message, ...(own.message ?? {}) }
  return merged
}

export interface TimelineSpan {
  clipMs: number
  /** When the end card starts fading in (the xfade offset of the export), or null without a card. */
  endCardStartMs: number | null
  totalMs: number
}

/**
 * The export joins clip and card with an xfade of `transition.durationMs` that starts before the clip
 * ends, so the card overlaps the clip's tail by the transition length.
 */
export function timelineSpan(clipMs: number, card: EndCard): TimelineSpan {
  if (!card.enabled) return { clipMs, endCardStartMs: null, totalMs: clipMs }
  const overlap = Math.min(card.transition.durationMs, clipMs, card.durationMs)
  const endCardStartMs = Math.max(0, clipMs - overlap)
  return { clipMs, endCardStartMs, totalMs: endCardStartMs + card.durationMs }
}
