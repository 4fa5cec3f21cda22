import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, WebSocket } from 'ws'
import type { EventSink } from '../main/dispatch'

/** Every event main emits, pushed to every connected page as `{name, payload}` JSON. */
export class EventHub {
  private readonly wss: WebSocketServer

  constructor() {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })
    // A peer that breaks the protocol (reserved opcode, unmasked or oversized frame, bad UTF-8,
    // invalid close code) makes ws emit 'error' on that socket; without a listener Node turns it
    // into an uncaught exception and the whole bridge exits. Close only that socket instead.
    this.wss.on('connection', (ws: WebSocket) => {
      ws.on('error', () => ws.terminate())
    })
    this.wss.on('error', () => {})
  }

  readonly sink: EventSink = (name, payload) => {
    const message = JSON.stringify({ name, payload })
    for (const client of this.wss.clients) if (client.readyState === WebSocket.OPEN) client.send(message)
  }

  /** Called for an already authorized upgrade request. Pages only listen: incoming messages are ignored. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // Errors on the raw socket before or during the handshake (a reset) must not be unhandled either.
    socket.on('error', () => socket.destroy())
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req))
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate()
    return new Promise((resolve) => this.wss.close(() => resolve()))
  }
}

/** Refuses an upgrade with a plain HTTP status before any WebSocket handshake happens. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}
