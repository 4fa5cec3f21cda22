import type { StateCreator } from 'zustand'
import type { ImportResult } from '../../../shared/contract/media'
import type { StudioState } from './index'

/** Progress of the running media import and the files refused by the last one. */
export interface ImportSlice {
  importTotal: number
  importDone: number
  importRunning: boolean
  importRejected: ImportResult['rejected']
  setImport(
    partial: Partial<Pick<ImportSlice, 'importTotal' | 'importDone' | 'importRunning' | 'importRejected'>>
  ): void
}

export const createImportSlice: StateCreator<StudioState, [], [], ImportSlice> = (set) => ({
  importTotal: 0,
  importDone: 0,
  importRunning: false,
  importRejected: [],
  setImport: (partial) => set(partial)
})
