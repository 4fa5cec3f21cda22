import { Redis, type RedisOptions } from 'ioredis'
import { KindframeError } from '../../../shared/errors'

/**
 * Redis connections for the render queue, made from one URL (`redis://[:password@]host:port[/db]`,
 * `rediss://` for TLS). Two rules: a first connection that fails is reported at once with the
 * reason (no silent reconnect loop when the address is wrong), and every message shows the URL
 * without its password.
 */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@')
  }
}

export function checkRedisUrl(url: string): void {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new KindframeError(
      'invalid-input',
      `"${redactRedisUrl(url)}" is not a Redis URL (expected redis://host:port or rediss://host:port for TLS)`
    )
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new KindframeError(
      'invalid-input',
      `"${redactRedisUrl(url)}" is not a Redis URL (expected redis:// or rediss://)`
    )
  }
}

/**
 * A connection for BullMQ (maxRetriesPerRequest null, as its workers require). It keeps reconnecting
 * every ≤ 1 s; the caller watches `close`/`ready` to decide when a lost Redis is lost for good.
 */
export function queueConnection(url: string, name: string, extra: RedisOptions = {}): Redis {
  const conn = new Redis(url, {
    maxRetriesPerRequest: null,
    connectionName: name,
    retryStrategy: (times) => Math.min(100 * times, 1000),
    ...extra
  })
  // ioredis emits 'error' on every failed reconnect; the owner reports loss through its own watcher.
  conn.on('error', () => {})
  return conn
}

/**
 * Connects once, without retrying, and PINGs: the fast, specific answer to "is Redis there?".
 * Throws KindframeError('queue-unreachable') naming the address and the system's reason.
 */
export async function probeRedis(url: string, timeoutMs = 3000): Promise<void> {
  checkRedisUrl(url)
  const conn = new Redis(url, {
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false
  })
  let lastError: Error | undefined
  conn.on('error', (err: Error) => (lastError = err))
  try {
    await conn.connect()
    await conn.ping()
  } catch (err) {
    const reason = describeRedisError(lastError ?? (err as Error))
    throw new KindframeError(
      'queue-unreachable',
      `cannot reach the render queue at ${redactRedisUrl(url)}: ${reason}. Start Redis there, or check the address, password and network.`
    )
  } finally {
    conn.disconnect()
  }
}

export function describeRedisError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ECONNREFUSED') return 'connection refused (nothing listens on that port)'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host'
  if (code === 'ETIMEDOUT' || /timeout/i.test(err.message)) return 'no answer (timed out)'
  if (/NOAUTH|WRONGPASS|invalid password|invalid username-password/i.test(err.message))
    return 'the password was refused'
  return err.message
}
