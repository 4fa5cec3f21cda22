import type { z } from 'zod'
import type { Envelope } from './define'
import { KindframeError } from '../errors'
import { OP_NAMES, type EventName, type Events, type OpInput, type OpName, type OpResult } from './index'

/** How a client reaches main: Electron's preload or the browser bridge. The renderer never knows which. */
export interface Transport {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>
  subscribe(listener: (name: string, payload: unknown) => void): () => void
}

export type Client = {
  [N in OpName]: (input: OpInput<N>) => Promise<OpResult<N>>
} & {
  on<E extends EventName>(name: E, listener: (payload: z.output<Events[E]>) => void): () => void
}

/** Builds the typed client; an `{error}` envelope is rethrown as a KindframeError with the real message. */
export function createClient(transport: Transport): Client {
  const client: Record<string, unknown> = {}
  for (const name of OP_NAMES) {
    client[name] = async (input: unknown) => {
      const envelope = await transport.invoke(name, input ?? {})
      if ('error' in envelope)
        throw new KindframeError(envelope.error.code, envelope.error.message, envelope.error.details)
      return envelope.ok
    }
  }
  client.on = (name: string, listener: (payload: unknown) => void) =>
    transport.subscribe((event, payload) => {
      if (event === name) listener(payload)
    })
  return client as Client
}
