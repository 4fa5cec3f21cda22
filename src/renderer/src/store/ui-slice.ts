import type { StateCreator } from 'zustand'
import type { StudioState } from './index'

export type DialogId = 'new' | 'open' | 'saveAs' | 'help' | 'import' | 'exportReview' | null
export type InspectorTab = 'clip' | 'script' | 'subtitles' | 'captions' | 'translate' | 'endcard' | 'lint' | 'export'
export type Theme = 'dark' | 'light'

export interface Toast {
  id: number
  kind: 'error' | 'info'
  message: string
}

/** Shell state: dialogs, toasts, theme, tabs, open-time offers. Not saved with the project, never undoable. */
export interface UiSlice {
  dialog: DialogId
  inspectorTab: InspectorTab
  theme: Theme
  toasts: Toast[]
  autosavedAt: string | null
  /** A recovery file was found (on open, or for unsaved work on start): offer Recover / Discard. */
  recovery: { path: string | null; savedAt: string } | null
  /** Clip ids whose media was not found on open. */
  missingMedia: string[]
  openDialog(d: DialogId): void
  setInspectorTab(tab: InspectorTab): void
  setTheme(theme: Theme): void
  pushToast(kind: Toast['kind'], message: string): void
  dismissToast(id: number): void
  setAutosavedAt(at: string | null): void
  setRecovery(r: UiSlice['recovery']): void
  setMissingMedia(ids: string[]): void
}

let nextToastId = 1

function initialTheme(): Theme {
  try {
    return localStorage.getItem('kindframe.theme') === 'light' ? 'light' : 'dark'
  } catch {
    return 'dark'
  }
}

export const createUiSlice: StateCreator<StudioState, [], [], UiSlice> = (set) => ({
  dialog: null,
  inspectorTab: 'clip',
  theme: initialTheme(),
  toasts: [],
  autosavedAt: null,
  recovery: null,
  missingMedia: [],
  openDialog: (dialog) => set({ dialog }),
  setInspectorTab: (inspectorTab) => set({ inspectorTab }),
  setTheme: (theme) => {
    try {
      localStorage.setItem('kindframe.theme', theme)
    } catch {
      // storage may be unavailable (private mode); the theme still applies for this session
    }
    set({ theme })
  },
  pushToast: (kind, message) => set((s) => ({ toasts: [...s.toasts, { id: nextToastId++, kind, message }].slice(-5) })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  setAutosavedAt: (autosavedAt) => set({ autosavedAt }),
  setRecovery: (recovery) => set({ recovery }),
  setMissingMedia: (missingMedia) => set({ missingMedia })
})
