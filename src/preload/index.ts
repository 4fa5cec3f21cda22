// Sandboxed preload: one CommonJS file that may only require('electron'); the contract (and zod) are
// bundled in by electron-vite (see electron.vite.config.ts, tests/unit/preload/bundle.test.ts).
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { OP_NAMES } from '../shared/contract'
import { PRELOAD_GLOBAL } from '../shared/contract/preload-api'
import { createPreloadApi } from './api'

contextBridge.exposeInMainWorld(
  PRELOAD_GLOBAL,
  createPreloadApi(ipcRenderer, (file: File) => webUtils.getPathForFile(file), OP_NAMES)
)
