import type { StateCreator } from 'zustand'
import type { OpenElsewhere, ProjectFingerprint } from '../../../shared/project/concurrency'
import type { StudioState } from './index'

/**
 * What this window knows about the project FILE (not the document): the bytes it last read or
 * wrote, whether another window has it open, and a save refused because the file changed on disk.
 * Not saved, never undoable.
 */
export interface FileSlice {
  /** From project.open / project.save: the base a save compares the disk against. */
  fileFingerprint: ProjectFingerprint | null
  /** Another live window, tab or machine had the project open when this window opened it. */
  openElsewhere: OpenElsewhere | null
  /** A save was refused with 'conflict': the dialog offering Overwrite / Save as / Reload. */
  saveConflict: { path: string; message: string } | null
  /** Seen on a window focus: the file's content is no longer what this window read or wrote. */
  changedOnDisk: boolean
  setChangedOnDisk(changed: boolean): void
  setFileFingerprint(f: ProjectFingerprint | null): void
  setOpenElsewhere(o: OpenElsewhere | null): void
  setSaveConflict(c: FileSlice['saveConflict']): void
}

export const createFileSlice: StateCreator<StudioState, [], [], FileSlice> = (set) => ({
  fileFingerprint: null,
  openElsewhere: null,
  saveConflict: null,
  changedOnDisk: false,
  setChangedOnDisk: (changedOnDisk) => set({ changedOnDisk }),
  setFileFingerprint: (fileFingerprint) => set({ fileFingerprint }),
  setOpenElsewhere: (openElsewhere) => set({ openElsewhere }),
  setSaveConflict: (saveConflict) => set({ saveConflict })
})
