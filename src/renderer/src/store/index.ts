import { create } from 'zustand'
import { createDocumentSlice, type DocumentSlice } from './document-slice'
import { createSelectionSlice, type SelectionSlice } from './selection-slice'
import { createUiSlice, type UiSlice } from './ui-slice'
import { createExportSlice, type ExportSlice } from './export-slice'
import { createImportSlice, type ImportSlice } from './import-slice'
import { createFileSlice, type FileSlice } from './file-slice'

/**
 * One store built from slices (zustand's slices pattern). Only the document slice is saved and
 * undoable; the others are where the user is (selection), the shell (ui), and main's queues.
 * Components select one value per selector: `useStudio((s) => s.playheadMs)`.
 */
export type StudioState = DocumentSlice & SelectionSlice & UiSlice & ExportSlice & ImportSlice & FileSlice

export const useStudio = create<StudioState>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createSelectionSlice(...a),
  ...createUiSlice(...a),
  ...createExportSlice(...a),
  ...createImportSlice(...a),
  ...createFileSlice(...a)
}))

/** The selected clip, derived (not stored). */
export function selectedClip(s: StudioState) {
  return s.project?.clips.find((c) => c.id === s.selectedClipId) ?? null
}
