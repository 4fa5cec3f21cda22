import { create } from 'zustand'

export const MIN_PX_PER_SECOND = 10
export const MAX_PX_PER_SECOND = 800

/** Timeline view state (zoom); not part of the document. */
export const useTimelineView = create<{ pxPerSecond: number; zoom(factor: number): void }>()((set) => ({
  pxPerSecond: 100,
  zoom: (factor) =>
    set((s) => ({ pxPerSecond: Math.min(MAX_PX_PER_SECOND, Math.max(MIN_PX_PER_SECOND, s.pxPerSecond * factor)) }))
}))
