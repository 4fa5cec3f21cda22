import { z } from 'zod'
import { contract, events, type EventName, type Events, type Handlers } from '../shared/contract'
import type { Envelope, HandlerContext } from '../shared/contract/define'
import { toErrorBody } from '../shared/errors'

/** Sends an event to whoever is listening (Electron window, bridge sockets, CLI). */
export type EventSink = (name: EventName, payload: unknown) => void

/**
 * The one entry point for every operation, shared by Electron IPC and the browser bridge:
 * unknown names and invalid input are refused with a specific message, handler errors become
 * an `{error}` envelope, never a bare exception.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  sink: EventSink
): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(contract, name)) {
    return { error: { code: 'unknown-op', message: `Unknown operation "${name}".` } }
  }
  const opName = name as keyof typeof contract
  const parsed = contract[opName].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    return {
      error: { code: 'invalid-input', message: `Invalid input for "${name}": ${describeZodError(parsed.error)}` }
    }
  }
  try {
    const handler = handlers[opName] as (input: unknown, ctx: HandlerContext<Events>) => Promise<unknown>
    const result = await handler(parsed.data, makeContext(sink))
    return { ok: result }
  } catch (err) {
    return { error: toErrorBody(err) }
  }
}

export function makeContext(sink: EventSink): HandlerContext<Events> {
  return {
    emit(name, payload) {
      // Events are validated too: a malformed event is a bug in main, caught here rather than in the UI.
      const checked = events[name].safeParse(payload)
      if (!checked.success) throw new Error(`Invalid payload for event "${name}": ${describeZodError(checked.error)}`)
      sink(name, checked.data)
    }
  }
}

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ')
}
