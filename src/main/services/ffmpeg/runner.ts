import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { KindframeError } from '../../../shared/errors'
import { createProgressParser, type ProgressUpdate } from '../../../shared/export/progress'
import { resolveFfmpeg } from './binaries'
import { watchForParentDeath } from './reaper'

/**
 * The one module that spawns ffmpeg (encodes, measurements, thumbnails, waveforms). It keeps a
 * registry of running processes so one can be cancelled or all aborted (app quit, Ctrl-C, SIGTERM),
 * kills with SIGTERM then SIGKILL, and removes the run's partial files whenever it does not finish
 * cleanly. Every child is also registered with the parent-death watchdog (reaper.ts), so even a
 * `kill -9` of this process ends it and removes its partial files.
 */
export interface FfmpegRun {
  /** Registry key, unique among running processes. */
  id: string
  args: string[]
  /** Enables progress updates (percent/ETA of this output duration). */
  expectedDurationMs?: number
  onProgress?: (update: ProgressUpdate) => void
  /** Files the run writes; deleted on failure or cancel. */
  partialPaths?: string[]
  signal?: AbortSignal
  /** Raw stdout (e.g. image2pipe, PCM); replaces progress parsing. */
  onStdout?: (chunk: Buffer) => void
  /** Every stderr chunk (the error tail is kept either way), e.g. for filters that report there. */
  onStderr?: (chunk: string) => void
  /** Killed (SIGKILL) when it runs longer; the error then has details.timedOut. */
  timeoutMs?: number
}

export interface FfmpegResult {
  stderrTail: string
}

const STDERR_TAIL_BYTES = 64 * 1024
const KILL_GRACE_MS = 2000

interface Running {
  child: ChildProcess
  cancelled: boolean
}

const registry = new Map<string, Running>()

export async function runFfmpeg(run: FfmpegRun): Promise<FfmpegResult> {
  if (registry.has(run.id)) throw new KindframeError('internal', `an ffmpeg run with id "${run.id}" is already running`)
  if (run.signal?.aborted) throw new KindframeError('cancelled', 'Export cancelled before it started.')
  const { ffmpegPath } = await resolveFfmpeg()
  const child = spawn(ffmpegPath, run.args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
  const entry: Running = { child, cancelled: false }
  registry.set(run.id, entry)
  const unwatch = watchForParentDeath({ pid: child.pid, bin: ffmpegPath, paths: run.partialPaths })
  const onAbort = () => cancelFfmpeg(run.id)
  run.signal?.addEventListener('abort', onAbort, { once: true })
  let timedOut = false
  const timer = run.timeoutMs === undefined ? undefined : setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, run.timeoutMs)

  let stderr = ''
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => {
    run.onStderr?.(chunk)
    stderr += chunk
    if (stderr.length > STDERR_TAIL_BYTES * 2) stderr = stderr.slice(-STDERR_TAIL_BYTES)
  })
  const parser = run.expectedDurationMs !== undefined ? createProgressParser(run.expectedDurationMs) : undefined
  if (run.onStdout) child.stdout!.on('data', run.onStdout)
  else {
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (chunk: string) => {
      if (!parser || !run.onProgress) return
      for (const update of parser.push(chunk)) run.onProgress(update)
    })
  }

  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; spawnError?: Error }>((resolve) => {
    child.once('error', (spawnError) => resolve({ code: null, signal: null, spawnError }))
    child.once('close', (code, signal) => resolve({ code, signal }))
  })
  registry.delete(run.id)
  if (timer) clearTimeout(timer)
  run.signal?.removeEventListener('abort', onAbort)
  const tail = stderr.slice(-STDERR_TAIL_BYTES)

  if (outcome.code === 0 && !entry.cancelled && !timedOut) {
    unwatch()
    return { stderrTail: tail }
  }
  await removePartials(run.partialPaths)
  unwatch()
  if (entry.cancelled) throw new KindframeError('cancelled', 'Export cancelled; partial files removed.')
  if (timedOut) throw new KindframeError('ffmpeg-failed', `ffmpeg took longer than ${run.timeoutMs! / 1000} s and was stopped.`, { timedOut: true, stderrTail: tail })
  if (outcome.spawnError) throw new KindframeError('ffmpeg-missing', `Could not start ffmpeg (${ffmpegPath}): ${outcome.spawnError.message}`)
  throw classifyFailure(outcome.code, outcome.signal, tail)
}

/** Turns ffmpeg's exit into the specific error the user can act on. Exported for tests. */
export function classifyFailure(code: number | null, signal: NodeJS.Signals | null, stderrTail: string): KindframeError {
  const lastLines = stderrTail.trim().split('\n').slice(-6).join('\n')
  if (/No space left on device/i.test(stderrTail)) return new KindframeError('disk-full', `The disk is full; the export was stopped and its partial file removed.\n${lastLines}`)
  if (/Permission denied|Read-only file system/i.test(stderrTail)) return new KindframeError('not-writable', `The output folder is not writable.\n${lastLines}`)
  if (signal) return new KindframeError('ffmpeg-failed', `ffmpeg was killed (${signal}) before finishing; no output was kept.${lastLines ? `\n${lastLines}` : ''}`, { stderrTail })
  return new KindframeError('ffmpeg-failed', `ffmpeg failed (exit code ${code}).${lastLines ? `\n${lastLines}` : ''}`, { stderrTail })
}

/** SIGTERM (ffmpeg stops cleanly), SIGKILL if it is still there after a grace period. */
export function cancelFfmpeg(id: string): boolean {
  const entry = registry.get(id)
  if (!entry) return false
  entry.cancelled = true
  entry.child.kill('SIGTERM')
  const timer = setTimeout(() => {
    if (entry.child.exitCode === null && entry.child.signalCode === null) entry.child.kill('SIGKILL')
  }, KILL_GRACE_MS)
  timer.unref()
  return true
}

/** Cancels every running ffmpeg (app quit, Ctrl-C). Returns how many were running. */
export function abortAllFfmpeg(): number {
  const ids = [...registry.keys()]
  for (const id of ids) cancelFfmpeg(id)
  return ids.length
}

export function runningFfmpegIds(): string[] {
  return [...registry.keys()]
}

/** The OS pid of a running process, for tests that kill ffmpeg from outside. */
export function ffmpegPid(id: string): number | undefined {
  return registry.get(id)?.child.pid
}

async function removePartials(paths: string[] | undefined): Promise<void> {
  await Promise.all((paths ?? []).map((p) => rm(p, { force: true })))
}
