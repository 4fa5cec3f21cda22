import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomBytes } from 'node:crypto'
import type { Socket } from 'node:net'
import type { Handlers } from '../shared/contract'
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/csp'
import { dispatch } from '../main/dispatch'
import { createHandlers, type HandlerEnv } from '../main/handlers'
import { fileResponse } from '../main/file-response'
import { resolveInsideRoot } from '../main/static-files'
import { allowedHosts, hostAllowed, isLoopbackHost, newToken, originAllowed, tokenMatches, TOKEN_HEADER } from './guard'
import { BodyTooLarge, readBody, sendError, sendJson } from './http'
import { receiveUpload } from './upload'
import { EventHub, refuseUpgrade } from './events'
import { FileScope } from '../main/services/access/file-scope'
import { KindframeError } from '../shared/errors'

export interface BridgeOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Loopback only: 127.0.0.1 (default), another 127.x address, ::1 or localhost. Anything else is refused. */
  host?: string
  /** The built renderer; default out/renderer of this checkout. */
  rendererDir?: string
  /** Where dropped files are uploaded; default `os.tmpdir()/kindframe-imports-<run>/`. Never cleaned up (projects point at these files). */
  importDir?: string
  /** Tests inject handlers built on the real env (e.g. one that emits an event); default createHandlers(env). */
  handlers?: (env: HandlerEnv) => Handlers
  /** Default 2 GiB. */
  uploadLimitBytes?: number
  /** Default 64 MiB (a project with many clips and locales is a few MB). */
  invokeLimitBytes?: number
}

export interface Bridge {
  /** The page to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  url: string
  origin: string
  token: string
  port: number
  importDir: string
  close(): Promise<void>
}

const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url))

/**
 * The browser bridge: the real renderer and the real handlers over HTTP + WebSocket on loopback,
 * so the studio runs in any Chromium (tests, machines without Electron). Every API call needs the
 * per-run token; Host/Origin are checked against DNS rebinding; inputs go through the same dispatch
 * (zod validation, error envelope) as Electron IPC.
 */
export async function startBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const bindHost = options.host ?? '127.0.0.1'
  if (!isLoopbackHost(bindHost)) {
    throw new Error(
      `The bridge only listens on loopback (127.0.0.1, ::1, localhost); refusing to bind to "${bindHost}".`
    )
  }
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR
  const importDir = options.importDir ?? join(tmpdir(), `kindframe-imports-${randomBytes(6).toString('hex')}`)
  const uploadLimit = options.uploadLimitBytes ?? 2 * 1024 ** 3
  const invokeLimit = options.invokeLimitBytes ?? 64 * 1024 ** 2
  const token = newToken()
  const hub = new EventHub()

  const server = createServer()
  const sockets = new Set<Socket>()
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, bindHost, () => resolve())
  })
  const port = (server.address() as { port: number }).port
  const urlHost = bindHost === '::1' ? '[::1]' : bindHost
  const origin = `http://${urlHost}:${port}`
  const hosts = allowedHosts(bindHost, port)

  // Uploads are the bridge's "file picker": everything in its import folder may be played back.
  const scope = new FileScope({ savesNeedAChoice: false })
  await scope.grantFolder(importDir, true)
  const env: HandlerEnv = {
    transport: 'bridge',
    scope,
    mediaUrl: (absPath) => `${origin}/api/media?path=${encodeURIComponent(absPath)}&token=${encodeURIComponent(token)}`
  }
  const handlers = options.handlers ? options.handlers(env) : createHandlers(env)

  const authorized = (req: IncomingMessage, url: URL) =>
    tokenMatches(token, (req.headers[TOKEN_HEADER] as string | undefined) ?? url.searchParams.get('token'))

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: Error) => {
      if (!res.headersSent) sendError(res, 500, 'internal', err.message)
      else res.destroy(err)
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin)
    if (!hostAllowed(hosts, req.headers.host))
      return sendError(res, 403, 'forbidden', `Host "${req.headers.host}" is not this bridge.`)
    if (!originAllowed(hosts, req.headers.origin))
      return sendError(res, 403, 'forbidden', `Origin "${req.headers.origin}" may not call this bridge.`)
    if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, url)
    if (!authorized(req, url)) return sendError(res, 401, 'unauthorized', 'Missing or wrong bridge token.')
    const route = `${req.method} ${url.pathname}`
    if (route === 'POST /api/invoke') return invoke(req, res)
    if (route === 'POST /api/upload') return upload(req, res)
    if (route === 'GET /api/media' || route === 'HEAD /api/media') return media(req, res, url)
    return sendError(res, 404, 'not-found', `No bridge endpoint ${route}.`)
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, 400, 'bad-request', 'POST /api/invoke needs Content-Type: application/json.')
    }
    let body: unknown
    try {
      body = JSON.parse((await readBody(req, invokeLimit)).toString('utf8'))
    } catch (err) {
      if (err instanceof BodyTooLarge) return sendError(res, 413, 'limit-exceeded', err.message)
      return sendError(res, 400, 'bad-request', `The request body is not JSON: ${(err as Error).message}`)
    }
    const { name, input } = (body ?? {}) as { name?: unknown; input?: unknown }
    if (typeof name !== 'string')
      return sendError(res, 400, 'bad-request', 'The request body needs {"name": string, "input": …}.')
    sendJson(res, 200, await dispatch(handlers, name, input, hub.sink))
  }

  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let rawName: string
    try {
      rawName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''))
    } catch {
      return sendError(res, 400, 'bad-request', 'X-File-Name must be URI-encoded.')
    }
    if (!rawName) return sendError(res, 400, 'bad-request', 'POST /api/upload needs an X-File-Name header.')
    try {
      sendJson(res, 200, { path: await receiveUpload(req, importDir, rawName, uploadLimit) })
    } catch (err) {
      if (err instanceof BodyTooLarge) return sendError(res, 413, 'limit-exceeded', err.message)
      throw err
    }
  }

  async function media(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.searchParams.get('path') ?? ''
    if (!isAbsolute(path)) return sendError(res, 400, 'bad-request', `Media path must be absolute, got "${path}".`)
    // The token alone is not enough: only files this session resolved itself (see FileScope).
    let real: string
    try {
      real = await scope.readable(path)
    } catch (err) {
      if (!(err instanceof KindframeError)) throw err
      return err.code === 'not-found'
        ? sendError(res, 404, 'not-found', err.message)
        : sendError(res, 403, 'forbidden', err.message)
    }
    const file = await fileResponse(real, req.headers.range, req.method)
    if (file.status === 404) return sendError(res, 404, 'not-found', `No such file: ${path}`)
    // A local .svg or .html opened directly must not run script in the bridge's origin.
    res.writeHead(file.status, {
      ...file.headers,
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      // The page may be open as localhost:PORT while media URLs name 127.0.0.1:PORT; jassub fetch()es fonts.
      ...(req.headers.origin ? { 'access-control-allow-origin': req.headers.origin, vary: 'Origin' } : {})
    })
    if (file.body) file.body.pipe(res)
    else res.end()
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405 as number, 'bad-request', `${req.method} is not allowed here.`)
    const path = resolveInsideRoot(rendererDir, url.pathname)
    if (!path) return sendError(res, 404, 'not-found', 'Not found.')
    const file = await fileResponse(path, req.headers.range, req.method)
    if (file.status === 404) {
      const hint = url.pathname === '/' ? ` The renderer is not built in ${rendererDir}: run \`npm run build\`.` : ''
      return sendError(res, 404, 'not-found', `Not found: ${url.pathname}.${hint}`)
    }
    res.writeHead(file.status, {
      ...file.headers,
      'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache'
    })
    if (file.body) file.body.pipe(res)
    else res.end()
  }

  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', origin)
    if (url.pathname !== '/api/events') return refuseUpgrade(socket, 404, 'Not Found')
    if (!hostAllowed(hosts, req.headers.host) || !originAllowed(hosts, req.headers.origin))
      return refuseUpgrade(socket, 403, 'Forbidden')
    if (!authorized(req, url)) return refuseUpgrade(socket, 401, 'Unauthorized')
    hub.accept(req, socket, head)
  })

  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    token,
    port,
    importDir,
    async close() {
      await hub.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const s of sockets) s.destroy()
      })
    }
  }
}
