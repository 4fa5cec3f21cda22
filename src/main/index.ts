// Electron entry point, kept thin: each concern lives in its own small glue file.
import { app, BrowserWindow } from 'electron'
import { fileURLToPath } from 'node:url'
import { createHandlers } from './handlers'
import { registerIpc } from './ipc'
import { registerPrivilegedSchemes } from './protocols'
import { handleAppProtocol } from './app-protocol'
import { MediaProtocol } from './media-protocol'
import { applyDevCsp, createMainWindow, denyPermissions, hardenWebContents } from './window'
import { installMenu } from './menu'
import { electronDialogs } from './dialogs'
import { DEV_RENDERER_URL } from './app-origin'
import { abortAllFfmpeg, runningFfmpegIds } from './services/ffmpeg/runner'
import { FileScope } from './services/access/file-scope'

// out/main/index.js → out/preload/index.cjs (sandboxed preloads must be CommonJS) and out/renderer/.
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url))

// Privileged schemes must be registered before `ready`, i.e. at the top level.
registerPrivilegedSchemes()

if (process.env.KINDFRAME_WATCHDOG_CHILD === '1') {
  // Started as the ffmpeg watchdog (services/ffmpeg/reaper.ts) by a build that cannot run as Node:
  // this is no studio launch. Leave quietly (the watchdog is best effort; the next run sweeps).
  app.exit(0)
} else if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the running studio (focused below) and leaves.
  app.quit()
} else {
  start()
}

function start(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0]
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })

  void app.whenReady().then(() => {
    // One scope for the handlers and the media protocol: what the player may load, where saves may go.
    const scope = new FileScope({ savesNeedAChoice: true })
    const media = new MediaProtocol(scope)
    media.handle()
    handleAppProtocol(RENDERER_DIR)
    denyPermissions()
    applyDevCsp()
    registerIpc(createHandlers({ transport: 'electron', mediaUrl: media.mediaUrl, dialogs: electronDialogs, scope }))
    installMenu(!!DEV_RENDERER_URL)
    createMainWindow(PRELOAD_PATH)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(PRELOAD_PATH)
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Quitting mid-export must not leave ffmpeg running: cancel them all, then give them (and the export
  // engine, which removes their partial files when they exit) up to 3 s before actually quitting.
  let ffmpegStopped = false
  app.on('before-quit', (event) => {
    if (ffmpegStopped || abortAllFfmpeg() === 0) return
    event.preventDefault()
    ffmpegStopped = true
    const deadline = Date.now() + 3000
    const poll = setInterval(() => {
      if (runningFfmpegIds().length > 0 && Date.now() < deadline) return
      clearInterval(poll)
      app.quit()
    }, 100)
  })
}
