import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type PreloadApi } from '../shared/contract/preload-api'

/** The slice of ipcRenderer the preload uses; injected so the logic is testable without Electron. */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

/**
 * Builds `window.kindframe`. Only the contract's operation names may reach main: anything else is
 * refused here, before a message is sent (main refuses it again in dispatch).
 */
export function createPreloadApi(
  ipc: IpcLike,
  getPathForFile: (file: never) => string,
  opNames: readonly string[]
): PreloadApi {
  const allowed = new Set(opNames)
  return {
    invoke(name, input) {
      if (typeof name !== 'string' || !allowed.has(name)) {
        return Promise.resolve({ error: { code: 'unknown-op', message: `Unknown operation "${String(name)}".` } })
      }
      return ipc.invoke(IPC_INVOKE_CHANNEL, name, input) as ReturnType<PreloadApi['invoke']>
    },
    subscribe(listener) {
      // The IPC event object is not passed on: it carries `sender`, i.e. ipcRenderer itself.
      const forward = (_event: unknown, name: unknown, payload: unknown) => listener(String(name), payload)
      ipc.on(IPC_EVENT_CHANNEL, forward as (event: unknown, ...args: unknown[]) => void)
      return () => {
        ipc.removeListener(IPC_EVENT_CHANNEL, forward as (event: unknown, ...args: unknown[]) => void)
      }
    },
    pathForFile: (file) => getPathForFile(file as never),
    opNames: Object.freeze([...opNames])
  }
}
