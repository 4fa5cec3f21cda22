import { useStudio } from '../../store'

/** The id `delta` places away from the selected clip, clamped to the list (first clip when none). */
export function adjacentClipId(ids: string[], selected: string | null, delta: number): string | null {
  if (!ids.length) return null
  const i = selected ? ids.indexOf(selected) : -1
  if (i < 0) return ids[0]
  return ids[Math.min(ids.length - 1, Math.max(0, i + delta))]
}

export function selectAdjacentClip(delta: number): void {
  const { project, selectedClipId, selectClip } = useStudio.getState()
  const next = adjacentClipId(project?.clips.map((c) => c.id) ?? [], selectedClipId, delta)
  if (next && next !== selectedClipId) selectClip(next)
}

/** Removes the selected clip from the project (undoable; the media file is not touched). */
export function removeSelectedClip(): void {
  const { project, selectedClipId, updateProject, selectClip } = useStudio.getState()
  if (!project || !selectedClipId) return
  const ids = project.clips.map((c) => c.id)
  const rest = ids.filter((id) => id !== selectedClipId)
  // The clip that moves into the removed one's place, else the new last one.
  const next = rest[Math.min(ids.indexOf(selectedClipId), rest.length - 1)] ?? null
  updateProject((p) => ({ ...p, clips: p.clips.filter((c) => c.id !== selectedClipId) }))
  useStudio.getState().setMissingMedia(useStudio.getState().missingMedia.filter((id) => id !== selectedClipId))
  selectClip(next)
}
