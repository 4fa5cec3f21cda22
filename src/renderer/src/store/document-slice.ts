import type { StateCreator } from 'zustand'
import type { Project } from '../../../shared/project/schema'
import { emptyHistory, record, redo, undo, type History, type UndoMode } from '../../../shared/history/history'
import type { StudioState } from './index'

export interface EditOptions {
  /** How the change is recorded for undo. Default 'capture'. */
  undo?: UndoMode
  /** For 'coalesce': edits with the same key close together form one undo step (e.g. `cue-text:<id>`). */
  key?: string
}

/** The document: the only part of the state that is saved and undoable. */
export interface DocumentSlice {
  project: Project | null
  projectPath: string | null
  /** Changed since the last save. */
  dirty: boolean
  /** Bumped on every document change; autosave watches it. */
  revision: number
  history: History<Project>
  /** Opening or creating a project: never undoable, clears history. */
  loadProject(project: Project, path: string | null): void
  /** Every document edit goes through here with a pure recipe. */
  updateProject(recipe: (p: Project) => Project, options?: EditOptions): void
  markSaved(path: string): void
  undo(): void
  redo(): void
}

export const createDocumentSlice: StateCreator<StudioState, [], [], DocumentSlice> = (set, get) => ({
  project: null,
  projectPath: null,
  dirty: false,
  revision: 0,
  history: emptyHistory(),
  loadProject: (project, path) =>
    set({ project, projectPath: path, dirty: false, history: emptyHistory(), revision: get().revision + 1 }),
  updateProject: (recipe, options = {}) => {
    const { project, history, revision } = get()
    if (!project) return
    const next = recipe(project)
    if (next === project) return
    set({
      project: next,
      dirty: true,
      revision: revision + 1,
      history: record(history, project, options.undo ?? 'capture', options.key, Date.now())
    })
  },
  markSaved: (path) => set({ projectPath: path, dirty: false }),
  undo: () => {
    const { project, history, revision } = get()
    if (!project) return
    const step = undo(history, project)
    if (step) set({ project: step.value, history: step.history, dirty: true, revision: revision + 1 })
  },
  redo: () => {
    const { project, history, revision } = get()
    if (!project) return
    const step = redo(history, project)
    if (step) set({ project: step.value, history: step.history, dirty: true, revision: revision + 1 })
  }
})
