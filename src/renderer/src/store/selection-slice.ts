import type { StateCreator } from 'zustand'
import type { StudioState } from './index'

/** Where the user is: not saved with the project, not undoable. */
export interface SelectionSlice {
  selectedClipId: string | null
  selectedCueId: string | null
  /** Subtitle/script locale being edited or previewed (source locale or a target). Separate from the UI locale. */
  editLocale: string | null
  playheadMs: number
  selectClip(id: string | null): void
  selectCue(id: string | null): void
  setEditLocale(locale: string | null): void
  setPlayhead(ms: number): void
}

export const createSelectionSlice: StateCreator<StudioState, [], [], SelectionSlice> = (set) => ({
  selectedClipId: null,
  selectedCueId: null,
  editLocale: null,
  playheadMs: 0,
  selectClip: (id) => set({ selectedClipId: id, selectedCueId: null, playheadMs: 0 }),
  selectCue: (id) => set({ selectedCueId: id }),
  setEditLocale: (locale) => set({ editLocale: locale }),
  setPlayhead: (ms) => set({ playheadMs: Math.max(0, ms) })
})
