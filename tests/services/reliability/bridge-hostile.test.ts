import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawRequest } from '../bridge/helpers'

/**
 * A hostile client of the browser bridge, against the bridge in its OWN process (as `npm run
 * studio:web` runs it): a crash there would otherwise take the test runner down with it, or be
 * hidden by it. Each case says what the client sends and what must still be true afterwards.
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
let child: ChildProcess
let port: number
let token: string
let work: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kf-hostile-'))
  mkdirSync(join(work, 'renderer'))
  writeFileSync(join(work, 'renderer', 'index.html'), '<!doctype html><title>Kindframe</title>')
  child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'tests/e2e/bridge-process.ts'), join(work, 'renderer')],
    {
      cwd: ROOT,
      env: { ...process.env, KINDFRAME_RECOVERY_DIR: join(work, 'recovery') },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  const started = await new Promise<{ url: string }>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) resolve(JSON.parse(line))
    })
    child.once('exit', (code) => reject(new Error(`bridge exited early (${code})`)))
  })
  const url = new URL(started.url)
  port = Number(url.port)
  token = url.searchParams.get('token')!
})

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
})

/** Opens the event socket by hand and returns the raw TCP socket after the 101 answer. */
function openRawSocket(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `GET /api/events?token=${encodeURIComponent(token)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`
      )
    })
    let head = ''
    const onData = (c: Buffer) => {
      head += c.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      socket.off('data', onData)
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(head))
      resolve(socket)
    }
    socket.on('data', onData)
    socket.once('error', reject)
  })
}

/** A masked client frame; `declaredLength` may lie (bigger than what follows). */
function frame(opcode: number, payload: Buffer, declaredLength = payload.length): Buffer {
  const mask = randomBytes(4)
  let header: Buffer
  if (declaredLength < 126) header = Buffer.from([0x80 | opcode, 0x80 | declaredLength])
  else if (declaredLength < 65536) {
    header = Buffer.alloc(4)
    header[0] = 0x80 | opcode
    header[1] = 0x80 | 126
    header.writeUInt16BE(declaredLength, 2)
  } else {
    header = Buffer.alloc(10)
    header[0] = 0x80 | opcode
    header[1] = 0x80 | 127
    header.writeBigUInt64BE(BigInt(declaredLength), 2)
  }
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!))
  return Buffer.concat([header, mask, masked])
}

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())))

async function stillServing(): Promise<void> {
  expect(child.exitCode).toBeNull()
  const res = await rawRequest(port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'content-type': 'application/json', 'x-kindframe-token': token },
    body: JSON.stringify({ name: 'export.presets', input: {} })
  })
  expect(res.status).toBe(200)
  expect(Array.isArray(JSON.parse(res.body.toString()).ok)).toBe(true)
}

describe('bridge event socket: malformed frames close that socket, the bridge keeps serving', () => {
  const cases: [string, () => Buffer][] = [
    ['a reserved opcode (0x3)', () => frame(0x3, Buffer.from('x'))],
    ['a message over the 64 KiB payload limit', () => frame(0x1, Buffer.alloc(70_000, 0x61))],
    ['a declared 2^40-byte frame', () => frame(0x1, Buffer.alloc(16), 2 ** 40)],
    ['an unmasked client frame', () => Buffer.from([0x81, 0x01, 0x61])],
    ['a close frame with an invalid code', () => frame(0x8, Buffer.from([0x03, 0xe7]))],
    ['a text frame that is not UTF-8', () => frame(0x1, Buffer.from([0xff, 0xfe, 0xfd]))]
  ]
  for (const [what, bytes] of cases) {
    it(what, async () => {
      const socket = await openRawSocket()
      socket.on('error', () => {})
      socket.write(bytes())
      await closed(socket)
      await stillServing()
    })
  }

  it('a good listener on another socket still gets events after a bad one was closed', async () => {
    const bad = await openRawSocket()
    bad.on('error', () => {})
    bad.write(frame(0x3, Buffer.alloc(0)))
    await closed(bad)
    await stillServing()
  })
})

/** Raw bytes on a fresh TCP connection; resolves with what came back before the server closed it (or 2 s). */
function rawExchange(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes))
    let got = ''
    socket.on('data', (c: Buffer) => (got += c.toString('latin1')))
    socket.on('error', () => {})
    const done = () => resolve(got)
    socket.on('close', done)
    setTimeout(() => {
      socket.destroy()
      done()
    }, 2000)
  })
}

describe('bridge HTTP: hostile requests are refused with a status and a code, the bridge keeps serving', () => {
  const api = (over: { method?: string; path?: string; headers?: Record<string, string>; body?: string } = {}) =>
    rawRequest(port, {
      method: over.method ?? 'POST',
      path: over.path ?? '/api/invoke',
      headers: { 'content-type': 'application/json', 'x-kindframe-token': token, ...over.headers },
      body: over.body ?? JSON.stringify({ name: 'export.presets', input: {} })
    })
  const cases: [string, () => ReturnType<typeof api>, number, RegExp][] = [
    ['no token', () => api({ headers: { 'x-kindframe-token': '' } }), 401, /unauthorized/],
    [
      'a wrong token of the right length',
      () => api({ headers: { 'x-kindframe-token': 'A'.repeat(token.length) } }),
      401,
      /unauthorized/
    ],
    ['a DNS-rebinding Host', () => api({ headers: { host: `evil.example:${port}` } }), 403, /forbidden.*evil\.example/],
    ['a foreign Origin', () => api({ headers: { origin: 'https://evil.example' } }), 403, /forbidden/],
    ['a body that is not JSON', () => api({ body: '{"name":' }), 400, /not JSON/],
    [
      'a form post (no JSON content type)',
      () => api({ headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      400,
      /needs Content-Type: application\/json/
    ],
    ['JSON without a name', () => api({ body: '{"input": {}}' }), 400, /needs \{\\"name\\"/],
    [
      'an operation outside the contract',
      () => api({ body: JSON.stringify({ name: 'fs.readFile', input: { path: '/etc/passwd' } }) }),
      200,
      /unknown-op/
    ],
    [
      'input failing the schema',
      () => api({ body: JSON.stringify({ name: 'media.probe', input: { path: 42 } }) }),
      200,
      /invalid-input.*path/
    ],
    [
      'prototype pollution in the input',
      () => api({ body: '{"name":"export.presets","input":{"__proto__":{"polluted":true}}}' }),
      200,
      /"ok"/
    ],
    [
      'a media path outside the scope',
      () => api({ method: 'GET', path: `/api/media?path=%2Fetc%2Fpasswd&token=${token}`, body: '' }),
      403,
      /not a picture, video, audio or font file/
    ],
    [
      'a relative media path',
      () => api({ method: 'GET', path: `/api/media?path=..%2F..%2Fetc%2Fpasswd&token=${token}`, body: '' }),
      400,
      /must be absolute/
    ],
    ['an unknown endpoint', () => api({ method: 'DELETE', path: '/api/everything', body: '' }), 404, /not-found/],
    [
      'static traversal',
      () => api({ method: 'GET', path: '/..%2f..%2fetc%2fpasswd', headers: { 'x-kindframe-token': '' }, body: '' }),
      404,
      /not-found/
    ],
    [
      'an upload name that is not URI-encoded',
      () =>
        api({
          path: '/api/upload',
          headers: { 'x-file-name': '%E0%A4%A', 'content-type': 'application/octet-stream' },
          body: 'x'
        }),
      400,
      /URI-encoded/
    ]
  ]
  for (const [what, send, status, body] of cases) {
    it(what, async () => {
      const res = await send()
      expect(res.status).toBe(status)
      expect(res.body.toString()).toMatch(body)
      await stillServing()
    })
  }

  it.each([
    ['a malformed request line', 'GARBAGE\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'],
    [
      'conflicting Content-Length and Transfer-Encoding (smuggling)',
      `POST /api/invoke HTTP/1.1\r\nHost: 127.0.0.1:1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`
    ],
    ['80 KiB of headers', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(80 * 1024)}\r\n\r\n`],
    ['a connection that closes mid-body', 'POST /api/invoke HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"name"']
  ])('raw HTTP: %s', async (_what, bytes) => {
    const answer = await rawExchange(bytes)
    expect(answer === '' || /^HTTP\/1\.1 4\d\d/.test(answer)).toBe(true)
    await stillServing()
  })
})
