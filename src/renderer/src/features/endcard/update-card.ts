import type { EndCard } from '../../../../shared/project/schema'
import { useStudio } from '../../store'
import type { EditOptions } from '../../store/document-slice'
import { updateClip } from '../subtitles/track-updates'

export type CardScope = 'project' | 'clip'

/** Changes the project's default end card, or this clip's override (only the fields it sets). */
export function updateCard(scope: CardScope, clipId: string, patch: Partial<EndCard>, options?: EditOptions): void {
  if (scope === 'project') {
    useStudio.getState().updateProject((p) => ({ ...p, endCard: { ...p.endCard, ...patch } }), options)
  } else {
    updateClip(clipId, (c) => ({ ...c, endCard: { ...(c.endCard ?? {}), ...patch } }), options)
  }
}

/** Drops the clip's override so it follows the project default again. */
export function clearClipOverride(clipId: string): void {
  updateClip(clipId, (c) => {
    if (!c.endCard) return c
    const { endCard: _dropped, ...rest } = c
    return rest
  })
}
