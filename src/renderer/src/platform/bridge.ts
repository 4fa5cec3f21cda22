import { createClient, type Transport } from '../../../shared/contract/client'
import type { Envelope } from '../../../shared/contract/define'
import { KindframeError, type ErrorCode } from '../../../shared/errors'
import type { Platform } from './types'

const TOKEN_KEY = 'kindframe.bridgeToken'
const TOKEN_HEADER = 'x-kindframe-token'

/**
 * The browser host: the same operations over the loopback bridge (src/bridge/server.ts).
 * The token arrives once in the page URL (`?token=`) and is kept in sessionStorage so reloads work.
 */
export function bridgePlatform(): Platform {
  const token = readToken()
  const transport: Transport = {
    invoke: (name, input) => invokeOverHttp(token, name, input),
    subscribe: eventSocket(token)
  }
  return {
    client: createClient(transport),
    transport: 'bridge',
    pathForFile: (file) => uploadFile(token, file)
    // No pickFiles / pickSavePath: a browser has no native dialog that yields a path, so the UI shows a path field.
  }
}

function readToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

async function invokeOverHttp(token: string, name: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ name, input })
    })
  } catch (err) {
    return { error: { code: 'internal', message: `The Kindframe bridge is not reachable: ${(err as Error).message}` } }
  }
  const body = (await response.json().catch(() => null)) as Envelope<unknown> | null
  if (body && typeof body === 'object' && ('ok' in body || 'error' in body)) return asKnownCodes(body)
  return {
    error: { code: 'internal', message: `The Kindframe bridge answered HTTP ${response.status} without a result.` }
  }
}

/** Codes the bridge uses for refusals before any op runs (see src/bridge/http.ts); not ErrorCodes. */
const TRANSPORT_CODES = new Set(['unauthorized', 'forbidden', 'bad-request'])
/** Op results and op errors pass through untouched; a transport refusal keeps its message as an internal error. */
function asKnownCodes(envelope: Envelope<unknown>): Envelope<unknown> {
  if ('error' in envelope && TRANSPORT_CODES.has(envelope.error.code)) {
    return { error: { ...envelope.error, code: 'internal' as ErrorCode } }
  }
  return envelope
}

/** One shared WebSocket for all listeners, reopened with backoff when it drops (bridge restart, sleep). */
function eventSocket(token: string): Transport['subscribe'] {
  const listeners = new Set<(name: string, payload: unknown) => void>()
  let retryMs = 250
  const open = () => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
    const socket = new WebSocket(`${scheme}://${location.host}/api/events?token=${encodeURIComponent(token)}`)
    socket.onopen = () => {
      retryMs = 250
    }
    socket.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as { name: string; payload: unknown }
      for (const listener of listeners) {
        // One broken listener must not starve the others.
        try {
          listener(event.name, event.payload)
        } catch (err) {
          console.error(`A listener for "${event.name}" failed:`, err)
        }
      }
    }
    socket.onclose = () => {
      setTimeout(open, retryMs)
      retryMs = Math.min(retryMs * 2, 5000)
    }
  }
  // Opened right away rather than on the first subscribe, so events emitted early are less likely missed.
  open()
  return (listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
}

async function uploadFile(token: string, file: File): Promise<string> {
  const response = await fetch('/api/upload', {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      [TOKEN_HEADER]: token,
      'x-file-name': encodeURIComponent(file.name)
    },
    body: file
  })
  const body = (await response.json().catch(() => null)) as { path?: string; error?: { message: string } } | null
  if (response.ok && body?.path) return body.path
  throw new KindframeError(
    'not-writable',
    body?.error?.message ?? `Uploading "${file.name}" failed (HTTP ${response.status}).`
  )
}
