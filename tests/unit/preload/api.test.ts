import { describe, expect, it } from 'vitest'
import { createPreloadApi, type IpcLike } from '../../../src/preload/api'
import { OP_NAMES } from '../../../src/shared/contract'
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../src/shared/contract/preload-api'

/** Records what would cross to main; plays back events like ipcRenderer would. */
function recordingIpc() {
  const sent: unknown[][] = []
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>()
  const ipc: IpcLike = {
    invoke: async (channel, ...args) => {
      sent.push([channel, ...args])
      return { ok: 'from main' }
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener)
  }
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer' }, ...args))
  return { ipc, sent, emit }
}

describe('preload API', () => {
  it('sends contract operations on the one invoke channel', async () => {
    const { ipc, sent } = recordingIpc()
    const api = createPreloadApi(ipc, () => '', OP_NAMES)
    expect(await api.invoke('app.info', {})).toEqual({ ok: 'from main' })
    expect(sent).toEqual([[IPC_INVOKE_CHANNEL, 'app.info', {}]])
  })

  it('refuses names outside the contract without sending anything', async () => {
    const { ipc, sent } = recordingIpc()
    const api = createPreloadApi(ipc, () => '', OP_NAMES)
    for (const name of ['fs.readFile', 'constructor', '__proto__', 'app.info ']) {
      expect(await api.invoke(name, {})).toEqual({
        error: { code: 'unknown-op', message: `Unknown operation "${name}".` }
      })
    }
    expect(await api.invoke(42 as unknown as string, {})).toMatchObject({ error: { code: 'unknown-op' } })
    expect(sent).toEqual([])
  })

  it('forwards events without the IPC event object, and unsubscribes', () => {
    const { ipc, emit } = recordingIpc()
    const api = createPreloadApi(ipc, () => '', OP_NAMES)
    const seen: unknown[][] = []
    const stop = api.subscribe((...args) => seen.push(args))
    emit(IPC_EVENT_CHANNEL, 'log', { level: 'info', message: 'hi' })
    stop()
    emit(IPC_EVENT_CHANNEL, 'log', { level: 'info', message: 'after' })
    expect(seen).toEqual([['log', { level: 'info', message: 'hi' }]])
  })

  it('exposes exactly the contract operation names, frozen', () => {
    const api = createPreloadApi(recordingIpc().ipc, () => '', OP_NAMES)
    expect([...api.opNames]).toEqual(OP_NAMES)
    expect(Object.isFrozen(api.opNames)).toBe(true)
    expect(Object.keys(api).sort()).toEqual(['invoke', 'opNames', 'pathForFile', 'subscribe'])
  })
})
