import { create } from 'zustand'

/**
 * The export form's choices (locales left out, preset, folder, overwrite, only the selected clip).
 * Kept outside the tab so they survive a jump from the review to a cue and back; reset when another
 * project file is opened (its folder and locales differ). Not part of the document, never undoable.
 */
export interface ExportSettings {
  projectPath: string | null
  excluded: string[]
  presetId: string
  outDir: string
  overwrite: boolean
  onlySelected: boolean
  /** "Render on workers": the batch goes to the render queue at queueUrl instead of this machine's ffmpeg. */
  onWorkers: boolean
  /** The render queue's Redis URL; kept across projects (it is the studio's, not the project's). */
  queueUrl: string
  set(patch: Partial<Omit<ExportSettings, 'set' | 'forProject'>>): void
  /** Starts over for another project file (or does nothing for the same one). */
  forProject(path: string | null, defaultOutDir: string): void
}

export const useExportSettings = create<ExportSettings>()((set, get) => ({
  projectPath: null,
  excluded: [],
  presetId: '',
  outDir: '',
  overwrite: false,
  onlySelected: false,
  onWorkers: false,
  queueUrl: '',
  set: (patch) => set(patch),
  forProject: (path, defaultOutDir) => {
    if (get().projectPath === path && get().outDir) return
    set({ projectPath: path, excluded: [], presetId: '', outDir: defaultOutDir, overwrite: false, onlySelected: false })
  }
}))
