import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { isIP } from 'node:net'

export const TOKEN_HEADER = 'x-kindframe-token'

/** 32 random bytes per run, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Constant-time comparison; hashing first makes both sides the same length whatever was sent. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false
  const a = createHash('sha256').update(expected).digest()
  const b = createHash('sha256').update(given).digest()
  return timingSafeEqual(a, b)
}

/** The bridge must never be reachable from another machine: 127.0.0.0/8, ::1 or the name localhost only. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true
  return isIP(host) === 4 && host.startsWith('127.')
}

/**
 * Host values a browser sends when it really talks to this server. Anything else means a DNS-rebinding
 * page (evil.example resolving to 127.0.0.1) and is refused.
 */
export function allowedHosts(bindHost: string, port: number): Set<string> {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  if (bindHost === '::1') hosts.add(`[::1]:${port}`)
  else if (bindHost !== 'localhost') hosts.add(`${bindHost}:${port}`)
  return hosts
}

export function hostAllowed(allowed: Set<string>, hostHeader: string | undefined): boolean {
  return !!hostHeader && allowed.has(hostHeader.toLowerCase())
}

/** Browsers always send Origin on POST and WebSocket; non-browser clients (tests, CLI) may omit it. */
export function originAllowed(allowed: Set<string>, origin: string | undefined): boolean {
  if (origin === undefined) return true
  for (const host of allowed) if (origin.toLowerCase() === `http://${host}`) return true
  return false
}
