import type { Envelope } from './define'

/** Name of the object the preload exposes on `window` (contextBridge.exposeInMainWorld). */
export const PRELOAD_GLOBAL = 'kindframe'
/** The one IPC channel every operation travels on, and the one main pushes events on. */
export const IPC_INVOKE_CHANNEL = 'kf:invoke'
export const IPC_EVENT_CHANNEL = 'kf:event'

/**
 * What the sandboxed preload exposes as `window.kindframe`: exactly the contract's operations
 * (behind one invoke that refuses other names), event subscription and the path of a dropped file.
 * Never ipcRenderer itself.
 */
export interface PreloadApi {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>
  /** Returns the unsubscribe function. */
  subscribe(listener: (name: string, payload: unknown) => void): () => void
  /** Absolute path of a DOM File (webUtils.getPathForFile); '' for files that aren't on disk. Typed
   *  loosely because src/shared stays DOM-free. */
  pathForFile(file: object): string
  readonly opNames: readonly string[]
}
