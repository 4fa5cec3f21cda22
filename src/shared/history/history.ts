/**
 * Undo history as a pure value. Every document change says how it is recorded (Excalidraw's
 * capture / never / eventually): 'capture' pushes a step, 'coalesce' merges with the previous step
 * when it has the same key and came soon after (typing), 'never' changes the document without a step
 * (loading a project, autosave bookkeeping).
 */
export type UndoMode = 'capture' | 'coalesce' | 'never'

export interface History<T> {
  past: T[]
  future: T[]
  /** Key and time of the last coalescing step, so the next keystroke can merge into it. */
  lastKey?: string
  lastAt?: number
}

export const HISTORY_LIMIT = 200
/** Keystrokes closer together than this fold into one undo step. */
export const COALESCE_WINDOW_MS = 1000

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] }
}

/** Records that the document changed from `before`; returns the new history. */
export function record<T>(h: History<T>, before: T, mode: UndoMode, key: string | undefined, now: number): History<T> {
  if (mode === 'never') return h
  const merges =
    mode === 'coalesce' &&
    key !== undefined &&
    h.lastKey === key &&
    h.lastAt !== undefined &&
    now - h.lastAt < COALESCE_WINDOW_MS
  if (merges) return { ...h, future: [], lastAt: now }
  const past = [...h.past, before].slice(-HISTORY_LIMIT)
  return { past, future: [], lastKey: mode === 'coalesce' ? key : undefined, lastAt: now }
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; value: T } | undefined {
  const prev = h.past[h.past.length - 1]
  if (prev === undefined) return undefined
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, value: prev }
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; value: T } | undefined {
  const next = h.future[0]
  if (next === undefined) return undefined
  return { history: { past: [...h.past, current], future: h.future.slice(1) }, value: next }
}
