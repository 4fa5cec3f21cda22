import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeClip } from '../../helpers/media'

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const BIN = join(ROOT, 'bin', 'kindframe.mjs')

/** A spawned `kindframe …` process whose stderr/stdout are collected as they come. */
export interface Spawned {
  child: ChildProcess
  out: () => string
  err: () => string
  exited: Promise<number | null>
  /** Resolves when stderr (or stdout) contains the text. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>
}

const live = new Set<ChildProcess>()

export function kindframe(args: string[], env: Record<string, string> = {}): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  live.add(child)
  let out = ''
  let err = ''
  const listeners: (() => void)[] = []
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString()
    listeners.forEach((l) => l())
  })
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString()
    listeners.forEach((l) => l())
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      live.delete(child)
      resolve(code)
    })
  )
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    waitFor(text, timeoutMs = 30_000) {
      const hit = () => (typeof text === 'string' ? (err + out).includes(text) : text.test(err + out))
      return new Promise((resolve, reject) => {
        if (hit()) return resolve()
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${String(text)}; stderr:\n${err}\nstdout:\n${out}`)),
          timeoutMs
        )
        listeners.push(() => {
          if (hit()) {
            clearTimeout(timer)
            resolve()
          }
        })
      })
    }
  }
}

/** Ends every process this file spawned that is still running (SIGTERM, SIGKILL after 5 s). */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
          setTimeout(() => child.kill('SIGKILL'), 5000).unref()
        })
    )
  )
}

/** A small series: `clips` clips of `durationS` seconds, English + a finished Malay translation. */
export async function seriesProject(dir: string, clips: number, durationS: number): Promise<string> {
  const list = []
  for (let i = 1; i <= clips; i++) {
    copyFileSync(
      await makeClip({ width: 320, height: 180, durationS, toneHz: 300 + 100 * i }),
      join(dir, `clip${i}.mp4`)
    )
    list.push({
      id: `c${i}`,
      title: `Story ${i}`,
      media: `clip${i}.mp4`,
      track: {
        cues: [{ id: 'q', startMs: 0, endMs: 1500, text: `Be kind ${i}` }],
        translations: { ms: { q: { text: `Berbaik ${i}`, status: 'done' } } }
      }
    })
  }
  const file = join(dir, 'series.kindframe')
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'kindframe-project',
      version: 1,
      series: { title: 'Kind' },
      sourceLocale: 'en',
      targetLocales: ['ms'],
      endCard: { enabled: false },
      clips: list
    })
  )
  return file
}

/** Pids of processes whose command line mentions `needle` (Linux /proc): orphans left by a test. */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8')
      if (cmd.includes(needle)) pids.push(Number(name))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}
