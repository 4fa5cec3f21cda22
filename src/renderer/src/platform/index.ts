import type { PreloadApi } from '../../../shared/contract/preload-api'
import { bridgePlatform } from './bridge'
import { electronPlatform } from './electron'
import type { Platform } from './types'

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the sandboxed preload. */
    kindframe?: PreloadApi
  }
}

let current: Platform | null = null

/** The host this renderer runs in, decided once: Electron when the preload exposed its API, else the bridge. */
export function getPlatform(): Platform {
  current ??= window.kindframe ? electronPlatform(window.kindframe) : bridgePlatform()
  return current
}

export type { Platform } from './types'
