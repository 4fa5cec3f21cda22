import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real Redis (Debian's redis-server) for one test file: a free loopback port, no persistence, its
 * own temp folder; stop() ends it and removes the folder. Tests that need it skip when the binary
 * is missing (.ci/run installs it).
 */
export const REDIS_SERVER = process.env.KINDFRAME_REDIS_SERVER ?? '/usr/bin/redis-server'

export interface TestRedis {
  url: string
  port: number
  process: ChildProcess
  /** SIGTERM and wait; idempotent. */
  stop(): Promise<void>
  /** The same port again after stop() (a Redis that comes back). */
  restart(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
  })
}

export async function startRedis(port?: number): Promise<TestRedis> {
  const p = port ?? (await freePort())
  const dir = mkdtempSync(join(tmpdir(), 'kf-redis-'))
  let child = await launch(p, dir)
  const handle: TestRedis = {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    get process() {
      return child
    },
    async stop() {
      await stopChild(child)
      rmSync(dir, { recursive: true, force: true })
    },
    async restart() {
      await stopChild(child)
      child = await launch(p, dir)
    }
  }
  return handle
}

async function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  await new Promise<void>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on ${port}: ${out}`)), 10_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited (${code}): ${out}`))
    })
  })
  child.stdout!.resume()
  return child
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 3000).unref()
  })
}
