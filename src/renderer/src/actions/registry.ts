import { useSyncExternalStore } from 'react'
import type { StudioState } from '../store'
import type { AppKey } from '../i18n/keys'

/** What an action may touch when it runs: the stores' current state, nothing captured at render time. */
export interface ActionContext {
  studio: StudioState
}

/**
 * One user action (Excalidraw's action modules): the help overlay, the keyboard dispatcher and
 * any menu read the same entry, so a shortcut can never be undocumented.
 */
export interface Action {
  id: string
  /** i18n key; "ns:key" for another namespace (e.g. "editor:player.play"), else the common namespace. */
  labelKey: AppKey
  /** e.g. ['mod+s'], ['mod+shift+z'], ['?'], ['space']. `mod` is Ctrl, or ⌘ on macOS. */
  keys?: string[]
  /** Runs even when focus is in a text field (e.g. save). Default false: typing is left alone. */
  allowInInputs?: boolean
  enabled?(studio: StudioState): boolean
  perform(ctx: ActionContext): void | Promise<void>
}

let actions: readonly Action[] = []
const listeners = new Set<() => void>()

/** Adds (or replaces, by id) actions. Feature folders call this once at module load. */
export function registerActions(list: Action[]): void {
  const ids = new Set(list.map((a) => a.id))
  actions = [...actions.filter((a) => !ids.has(a.id)), ...list]
  for (const listener of listeners) listener()
}

export function unregisterActions(ids: string[]): void {
  actions = actions.filter((a) => !ids.includes(a.id))
  for (const listener of listeners) listener()
}

export function getActions(): readonly Action[] {
  return actions
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Every registered action, re-rendering when the registry changes. */
export function useActions(): readonly Action[] {
  return useSyncExternalStore(subscribe, getActions, getActions)
}
