import { create } from 'zustand'
import type { ImportResult } from '../../../../shared/contract/media'

/** Progress of the running import and the files refused by the last one. */
export interface ImportState {
  total: number
  done: number
  running: boolean
  rejected: ImportResult['rejected']
  set(partial: Partial<Omit<ImportState, 'set'>>): void
}

export const useImport = create<ImportState>()((set) => ({
  total: 0,
  done: 0,
  running: false,
  rejected: [],
  set: (partial) => set(partial)
}))
