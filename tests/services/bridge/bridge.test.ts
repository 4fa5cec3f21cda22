import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import WebSocket from 'ws'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { createHandlers } from '../../../src/main/handlers'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../src/shared/csp'
import { json, rawRequest } from './helpers'

let work: string
let bridge: Bridge
let media: Buffer
let mediaPath: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kf-bridge-test-'))
  const renderer = join(work, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Kindframe</title>')
  await writeFile(join(renderer, 'assets', 'libass.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))
  await writeFile(join(work, 'secret.txt'), 'outside the renderer')
  media = randomBytes(10_000)
  mediaPath = join(work, 'clip one.mp4')
  await writeFile(mediaPath, media)
  // Media is served only from what this session resolved itself (issue 15): here, the folder of a project it opened.
  await writeFile(
    join(work, 'series.kindframe'),
    JSON.stringify({ kind: 'kindframe-project', version: 1, series: { title: 'T' }, sourceLocale: 'en' })
  )
  bridge = await startBridge({
    port: 0,
    rendererDir: renderer,
    importDir: join(work, 'imports'),
    uploadLimitBytes: 1024 * 1024,
    invokeLimitBytes: 64 * 1024,
    // The real handlers, except that app.info also emits a log event so the socket has something to carry.
    handlers: (env) => {
      const real = createHandlers(env)
      return {
        ...real,
        'app.info': async (input, ctx) => {
          ctx.emit('log', { level: 'info', message: 'app.info was called' })
          return real['app.info'](input, ctx)
        }
      }
    }
  })
})

beforeAll(async () => {
  const opened = await invoke({ name: 'project.open', input: { path: join(work, 'series.kindframe') } })
  expect(json(opened).ok).toBeTruthy()
})

afterAll(async () => {
  await bridge?.close()
  await rm(work, { recursive: true, force: true })
})

const invoke = (body: unknown, headers: Record<string, string> = { 'x-kindframe-token': bridge.token }) =>
  rawRequest(bridge.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body)
  })

describe('browser bridge: who may call it', () => {
  it('gives a loopback URL that carries the token', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`)
    expect(bridge.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('refuses API calls without a token or with a wrong one (401)', async () => {
    const none = await invoke({ name: 'app.info', input: {} }, {})
    expect(none.status).toBe(401)
    expect(json(none)).toEqual({ error: { code: 'unauthorized', message: 'Missing or wrong bridge token.' } })
    const wrong = await invoke(
      { name: 'app.info', input: {} },
      { 'x-kindframe-token': bridge.token.slice(0, -1) + 'x' }
    )
    expect(wrong.status).toBe(401)
    const media = await rawRequest(bridge.port, { path: `/api/media?path=${encodeURIComponent(mediaPath)}&token=nope` })
    expect(media.status).toBe(401)
  })

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin with 403, even with the token', async () => {
    const host = await invoke(
      { name: 'app.info', input: {} },
      { 'x-kindframe-token': bridge.token, host: `evil.example:${bridge.port}` }
    )
    expect(host.status).toBe(403)
    expect(String(json(host).error && (json(host).error as { message: string }).message)).toContain('evil.example')
    const origin = await invoke(
      { name: 'app.info', input: {} },
      { 'x-kindframe-token': bridge.token, origin: 'http://evil.example' }
    )
    expect(origin.status).toBe(403)
    const staticHost = await rawRequest(bridge.port, { path: '/', headers: { host: 'attacker.test' } })
    expect(staticHost.status).toBe(403)
    const sameOrigin = await invoke(
      { name: 'app.info', input: {} },
      { 'x-kindframe-token': bridge.token, origin: `http://localhost:${bridge.port}`, host: `localhost:${bridge.port}` }
    )
    expect(sameOrigin.status).toBe(200)
  })

  it('refuses to bind anywhere but loopback', async () => {
    await expect(startBridge({ host: '0.0.0.0' })).rejects.toThrow('refusing to bind to "0.0.0.0"')
    await expect(startBridge({ host: '192.168.1.10' })).rejects.toThrow('only listens on loopback')
  })
})

describe('browser bridge: operations', () => {
  it('answers app.info with transport "bridge"', async () => {
    const res = await invoke({ name: 'app.info', input: {} })
    expect(res.status).toBe(200)
    const ok = json(res).ok as { transport: string; version: string }
    expect(ok.transport).toBe('bridge')
    expect(ok.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('returns the unknown-op envelope for a name outside the contract', async () => {
    const res = await invoke({ name: 'fs.readFile', input: { path: '/etc/passwd' } })
    expect(res.status).toBe(200)
    expect(json(res)).toEqual({ error: { code: 'unknown-op', message: 'Unknown operation "fs.readFile".' } })
  })

  it('returns the invalid-input envelope naming the field', async () => {
    const res = await invoke({ name: 'dialog.openFiles', input: { title: 42 } })
    const error = json(res).error as { code: string; message: string }
    expect(error.code).toBe('invalid-input')
    expect(error.message).toMatch(/^Invalid input for "dialog\.openFiles": title: /)
  })

  it('has no native dialogs: dialog ops answer null', async () => {
    expect(json(await invoke({ name: 'dialog.openFiles', input: { title: 'Import clips' } }))).toEqual({ ok: null })
    expect(json(await invoke({ name: 'dialog.saveFile', input: { title: 'Save' } }))).toEqual({ ok: null })
  })

  it('refuses a body that is not JSON with a clear message', async () => {
    const res = await rawRequest(bridge.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'content-type': 'application/json', 'x-kindframe-token': bridge.token },
      body: '{"name": '
    })
    expect(res.status).toBe(400)
    expect((json(res).error as { message: string }).message).toMatch(/^The request body is not JSON/)
  })

  it('refuses an oversized invoke body with 413, declared or streamed', async () => {
    const big = JSON.stringify({ name: 'app.info', input: { pad: 'x'.repeat(100_000) } })
    const declared = await invoke(JSON.parse(big))
    expect(declared.status).toBe(413)
    const streamed = await rawRequest(bridge.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: {
        'content-type': 'application/json',
        'x-kindframe-token': bridge.token,
        'transfer-encoding': 'chunked'
      },
      body: big
    })
    expect(streamed.status).toBe(413)
    expect((json(streamed).error as { code: string }).code).toBe('limit-exceeded')
  })

  it('pushes events to WebSocket listeners as {name, payload}', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/api/events?token=${bridge.token}`)
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
    const received = new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))))
    await invoke({ name: 'app.info', input: {} })
    expect(await received).toEqual({ name: 'log', payload: { level: 'info', message: 'app.info was called' } })
    ws.close()
  })

  it('refuses the event socket without the token', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/api/events?token=wrong`)
    const status = await new Promise<number>((resolve) =>
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    )
    expect(status).toBe(401)
  })
})

describe('browser bridge: files', () => {
  const mediaUrl = () => `/api/media?path=${encodeURIComponent(mediaPath)}&token=${bridge.token}`

  it('streams a local file whole, with its content type', async () => {
    const res = await rawRequest(bridge.port, { path: mediaUrl() })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('video/mp4')
    expect(res.headers['accept-ranges']).toBe('bytes')
    expect(res.body.equals(media)).toBe(true)
  })

  it('answers a Range request with 206 and exactly those bytes (video seeking)', async () => {
    const res = await rawRequest(bridge.port, { path: mediaUrl(), headers: { range: 'bytes=1000-1999' } })
    expect(res.status).toBe(206)
    expect(res.headers['content-range']).toBe('bytes 1000-1999/10000')
    expect(res.headers['content-length']).toBe('1000')
    expect(res.body.equals(media.subarray(1000, 2000))).toBe(true)
    const tail = await rawRequest(bridge.port, { path: mediaUrl(), headers: { range: 'bytes=9990-' } })
    expect(tail.body.equals(media.subarray(9990))).toBe(true)
    const beyond = await rawRequest(bridge.port, { path: mediaUrl(), headers: { range: 'bytes=20000-' } })
    expect(beyond.status).toBe(416)
    expect(beyond.headers['content-range']).toBe('bytes */10000')
  })

  it('serves only regular files as media: no directories, no relative paths', async () => {
    const dir = await rawRequest(bridge.port, {
      path: `/api/media?path=${encodeURIComponent(work)}&token=${bridge.token}`
    })
    expect(dir.status).toBe(403) // not a media name, so not even looked at
    await mkdir(join(work, 'folder.mp4'))
    const dirNamedLikeMedia = await rawRequest(bridge.port, {
      path: `/api/media?path=${encodeURIComponent(join(work, 'folder.mp4'))}&token=${bridge.token}`
    })
    expect(dirNamedLikeMedia.status).toBe(404)
    const rel = await rawRequest(bridge.port, { path: `/api/media?path=secret.txt&token=${bridge.token}` })
    expect(rel.status).toBe(400)
  })

  it('serves the renderer with the CSP header and application/wasm for .wasm', async () => {
    const index = await rawRequest(bridge.port, { path: '/' })
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(index.body.toString()).toContain('<title>Kindframe</title>')
    const wasm = await rawRequest(bridge.port, { path: '/assets/libass.wasm' })
    expect(wasm.headers['content-type']).toBe('application/wasm')
    expect(wasm.body.equals(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))).toBe(true)
  })

  it('refuses directory traversal out of the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/..%5csecret.txt',
      '/assets/'
    ]) {
      const res = await rawRequest(bridge.port, { path })
      expect(res.status, path).toBe(404)
      expect(res.body.toString(), path).not.toContain('outside the renderer')
    }
  })

  it('stores an upload with a hostile name inside the import folder, bytes intact', async () => {
    const content = randomBytes(5000)
    const name = '../../étrange <clip>: "take" 2?.mp4'
    const res = await rawRequest(bridge.port, {
      method: 'POST',
      path: '/api/upload',
      headers: {
        'x-kindframe-token': bridge.token,
        'x-file-name': encodeURIComponent(name),
        'content-type': 'application/octet-stream'
      },
      body: content
    })
    expect(res.status).toBe(200)
    const path = json(res).path as string
    expect(dirname(dirname(path))).toBe(bridge.importDir)
    expect(basename(path)).toBe('étrange _clip__ _take_ 2_.mp4')
    expect((await readFile(path)).equals(content)).toBe(true)
    // The same name again gets its own folder: nothing is overwritten.
    const again = await rawRequest(bridge.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { 'x-kindframe-token': bridge.token, 'x-file-name': encodeURIComponent(name) },
      body: 'second'
    })
    expect(json(again).path).not.toBe(path)
    expect((await readFile(path)).equals(content)).toBe(true)
  })

  it('refuses an upload over the size limit with 413 and leaves nothing behind', async () => {
    const before = await readdir(bridge.importDir).catch(() => [])
    const res = await rawRequest(bridge.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { 'x-kindframe-token': bridge.token, 'x-file-name': 'big.mp4' },
      body: Buffer.alloc(1024 * 1024 + 1)
    })
    expect(res.status).toBe(413)
    expect((json(res).error as { code: string }).code).toBe('limit-exceeded')
    expect(await readdir(bridge.importDir).catch(() => [])).toEqual(before)
    // Streamed without Content-Length, the limit is enforced while counting bytes.
    const chunked = await rawRequest(bridge.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { 'x-kindframe-token': bridge.token, 'x-file-name': 'big.mp4', 'transfer-encoding': 'chunked' },
      body: Buffer.alloc(1024 * 1024 + 1)
    })
    expect(chunked.status).toBe(413)
    expect(await readdir(bridge.importDir).catch(() => [])).toEqual(before)
  })
})

describe('browser bridge: interrupted upload', () => {
  it('removes the partial file when the client goes away mid-upload', async () => {
    const { request } = await import('node:http')
    const before = await readdir(bridge.importDir).catch(() => [])
    const req = request({
      host: '127.0.0.1',
      port: bridge.port,
      method: 'POST',
      path: '/api/upload',
      headers: { 'x-kindframe-token': bridge.token, 'x-file-name': 'cut.mp4', 'content-length': '100000' }
    })
    req.on('error', () => {})
    req.write(Buffer.alloc(10_000))
    await new Promise((r) => setTimeout(r, 200))
    req.destroy()
    await expect.poll(async () => readdir(bridge.importDir).catch(() => []), { timeout: 5000 }).toEqual(before)
  })
})
