import { create } from 'zustand'
import type { CaptionChoice } from '../../../../shared/captions/style-schema'

/**
 * A caption style shown in the player while the user looks through the gallery (focus or hover),
 * before choosing it. Not part of the document: nothing to undo, nothing saved.
 */
interface CaptionPreviewState {
  preview: CaptionChoice | null
  setPreview: (preview: CaptionChoice | null) => void
}

export const useCaptionPreview = create<CaptionPreviewState>()((set) => ({
  preview: null,
  setPreview: (preview) => set({ preview })
}))
