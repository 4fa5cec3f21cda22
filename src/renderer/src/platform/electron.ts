import { createClient } from '../../../shared/contract/client'
import type { PreloadApi } from '../../../shared/contract/preload-api'
import { KindframeError } from '../../../shared/errors'
import type { Platform } from './types'

/** The Electron host: everything goes through the sandboxed preload's `window.kindframe`. */
export function electronPlatform(api: PreloadApi): Platform {
  const client = createClient({
    invoke: (name, input) => api.invoke(name, input),
    subscribe: (listener) => api.subscribe(listener)
  })
  return {
    client,
    transport: 'electron',
    async pathForFile(file) {
      const path = api.pathForFile(file)
      // webUtils answers '' for a File that doesn't live on disk (e.g. built in memory).
      if (!path)
        throw new KindframeError('not-found', `"${file.name}" is not a file on disk, so it cannot be imported.`)
      return path
    },
    pickFiles: (options) => client['dialog.openFiles'](options),
    pickSavePath: (options) => client['dialog.saveFile'](options)
  }
}
