import type { Client } from '../../../shared/contract/client'

/**
 * What the renderer needs from its host. Electron (preload) and the browser bridge each provide one;
 * nothing else in the renderer may know which it runs on.
 */
export interface Platform {
  client: Client
  transport: 'electron' | 'bridge'
  /** Absolute path of a dropped File (Electron: webUtils; bridge: uploaded into a per-run import folder). */
  pathForFile(file: File): Promise<string>
  /** Native open dialog; null where the host has none (the UI then offers a path field). */
  pickFiles?(options: {
    title: string
    filters?: { name: string; extensions: string[] }[]
    multiple?: boolean
    directory?: boolean
  }): Promise<string[] | null>
  /** Native save dialog; null where the host has none. */
  pickSavePath?(options: {
    title: string
    defaultPath?: string
    filters?: { name: string; extensions: string[] }[]
  }): Promise<string | null>
}
