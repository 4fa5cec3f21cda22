import { create } from 'zustand'
import { createDocumentSlice, type DocumentSlice } from './document-slice'
import { createSelectionSlice, type SelectionSlice } from './selection-slice'

/**
 * One store built from slices (zustand's slices pattern). Feature folders may add slices here.
 * Components select one value per selector: `useStudio((s) => s.playheadMs)`.
 */
export type StudioState = DocumentSlice & SelectionSlice

export const useStudio = create<StudioState>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createSelectionSlice(...a)
}))

/** The selected clip, derived (not stored). */
export function selectedClip(s: StudioState) {
  return s.project?.clips.find((c) => c.id === s.selectedClipId) ?? null
}
