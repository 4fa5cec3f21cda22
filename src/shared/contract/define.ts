import type { z } from 'zod'
import type { ErrorBody } from '../errors'

/**
 * One operation of the contract: a zod schema for its input and a phantom result type.
 * Main validates every input with the schema; the renderer's client is typed from the same object,
 * so renaming an operation breaks the build instead of the app.
 */
export interface Op<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I
  /** Phantom: never set at run time, carries the result type. */
  readonly __result?: R
}

export const op = <I extends z.ZodType>(input: I) => ({
  returns: <R>(): Op<I, R> => ({ input })
})

export type OpMap = Record<string, Op>
export type InputOf<O> = O extends Op<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<O> = O extends Op<infer I, unknown> ? z.output<I> : never
export type ResultOf<O> = O extends Op<z.ZodType, infer R> ? R : never

/** What crosses the boundary: a result or the real error. */
export type Envelope<R> = { ok: R } | { error: ErrorBody }

/** Events main pushes to the renderer: name → zod schema of the payload. */
export type EventMap = Record<string, z.ZodType>

export interface HandlerContext<E extends EventMap> {
  emit<K extends keyof E & string>(name: K, payload: z.input<E[K]>): void
}

export type HandlersFor<M extends OpMap, E extends EventMap> = {
  [K in keyof M]: (input: ParsedInputOf<M[K]>, ctx: HandlerContext<E>) => Promise<ResultOf<M[K]>>
}
