import { BrowserWindow, ipcMain } from 'electron'
import type { Handlers } from '../shared/contract'
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/contract/preload-api'
import { dispatch, type EventSink } from './dispatch'
import { isTrustedFrame } from './app-origin'

/** Events go to every window's renderer on one channel; the preload fans them out to subscribers. */
export const broadcastToWindows: EventSink = (name, payload) => {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, name, payload)
  }
}

/**
 * Every contract operation travels on one channel and goes through dispatch (zod validation, error
 * envelope), exactly like the browser bridge's POST /api/invoke.
 */
export function registerIpc(handlers: Handlers): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) {
      return {
        error: {
          code: 'internal',
          message: `Refused an operation from an untrusted frame (${event.senderFrame?.url ?? 'gone'}).`
        }
      }
    }
    return dispatch(handlers, String(name), input, broadcastToWindows)
  })
}
