import { safeText } from '../shared/safe-text'
import type { CliIO } from './command'

/**
 * A stream whose text goes through safeText: file names and file bytes quoted in messages can't
 * send control sequences to the user's terminal. Buffers are decoded as UTF-8 first.
 */
export function safeWritable<S extends CliIO['stderr']>(stream: S): S {
  const wrapped = Object.create(stream) as S
  wrapped.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text =
      typeof chunk === 'string'
        ? chunk
        : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array
          ? Buffer.from(chunk).toString('utf8')
          : String(chunk)
    return (stream.write as (c: string, ...r: unknown[]) => boolean).call(stream, safeText(text), ...rest)
  }) as S['write']
  return wrapped
}
