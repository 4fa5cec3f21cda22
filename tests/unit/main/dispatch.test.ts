import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { createClient, type Transport } from '../../../src/shared/contract/client'
import { KindframeError } from '../../../src/shared/errors'

const handlers = createHandlers('bridge')
const sink = () => {}

describe('dispatch', () => {
  it('refuses an unknown operation by name', async () => {
    const res = await dispatch(handlers, 'fs.readAnything', {}, sink)
    expect(res).toEqual({ error: { code: 'unknown-op', message: 'Unknown operation "fs.readAnything".' } })
  })

  it('refuses prototype keys that are not operations', async () => {
    const res = await dispatch(handlers, 'constructor', {}, sink)
    expect('error' in res && res.error.code).toBe('unknown-op')
  })

  it('answers app.info with the ffmpeg that was found', async () => {
    const res = await dispatch(handlers, 'app.info', {}, sink)
    if (!('ok' in res)) throw new Error(JSON.stringify(res))
    const info = res.ok as { transport: string; ffmpeg: { ok: boolean } }
    expect(info.transport).toBe('bridge')
    expect(info.ffmpeg.ok).toBe(true)
  })

  it('gives the client the real error message', async () => {
    const transport: Transport = {
      invoke: (name, input) => dispatch(handlers, name, input, sink),
      subscribe: () => () => {}
    }
    const client = createClient(transport) as unknown as Record<string, (i: unknown) => Promise<unknown>>
    await expect(client['app.info']({})).resolves.toMatchObject({ version: '0.1.0' })
    const fail = createClient({
      invoke: async () => ({ error: { code: 'not-found', message: 'No such file: a.mp4' } }),
      subscribe: () => () => {}
    })
    const err = (await (fail as unknown as Record<string, (i: unknown) => Promise<unknown>>)
      ['app.info']({})
      .catch((e: unknown) => e)) as KindframeError
    expect(err).toBeInstanceOf(KindframeError)
    expect(err.message).toBe('No such file: a.mp4')
    expect(err.code).toBe('not-found')
  })
})
