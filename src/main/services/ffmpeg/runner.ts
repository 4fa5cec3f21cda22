import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { KindframeError } from '../../../shared/errors'
import { createProgressParser, type ProgressUpdate } from '../../../shared/export/progress'
import { ffmpegCandidates, ffprobeCandidates, noFfmpegMessage, noFfprobeMessage, type FfmpegBinaries } from './binaries'
import { watchForParentDeath } from './reaper'

/**
 * The one module that starts ffmpeg or ffprobe (encodes, measurements, thumbnails, waveforms,
 * probes, and the `-version` check that picks the binaries). Every child goes through `runProcess`:
 * it is kept in a registry so one can be cancelled or all aborted (app quit, Ctrl-C, SIGTERM), killed
 * with SIGTERM then SIGKILL, bounded by an optional timeout, and registered with the parent-death
 * watchdog (reaper.ts), so even a `kill -9` of this process ends it and removes its partial files.
 * Failures are turned into user-facing errors in one place (`classifyFailure`).
 * ESLint (eslint.config.js) keeps `node:child_process` out of every other file that could run them.
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
  /** Names the file in failure messages ("<label>: ffmpeg failed (…)"), for short jobs such as thumbnails. */
  label?: string
}

export interface FfmpegResult {
  stderrTail: string
}

const STDERR_TAIL_BYTES = 64 * 1024
const KILL_GRACE_MS = 2000
const VERSION_TIMEOUT_MS = 10_000

interface Running {
  child: ChildProcess
  cancelled: boolean
}

const registry = new Map<string, Running>()

// ---------------------------------------------------------------------------------------------
// Which binaries: the first candidate (binaries.ts) that answers `-version`, cached per process.

let resolved: Promise<FfmpegBinaries> | undefined

export function resolveFfmpeg(): Promise<FfmpegBinaries> {
  resolved ??= resolveUncached().catch((err: unknown) => {
    resolved = undefined // a later call may find a binary installed in between
    throw err
  })
  return resolved
}

async function resolveUncached(): Promise<FfmpegBinaries> {
  const ffmpegTried = ffmpegCandidates()
  const ffmpeg = await firstWorking(ffmpegTried)
  if (!ffmpeg) throw new KindframeError('ffmpeg-missing', noFfmpegMessage(ffmpegTried))
  const ffprobeTried = ffprobeCandidates(ffmpeg.path)
  const ffprobe = await firstWorking(ffprobeTried)
  if (!ffprobe) throw new KindframeError('ffmpeg-missing', noFfprobeMessage(ffprobeTried))
  return { ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path, version: ffmpeg.version }
}

async function firstWorking(candidates: string[]): Promise<{ path: string; version: string } | undefined> {
  for (const path of candidates) {
    const exit = await runProcess({
      id: `version-${randomUUID()}`,
      bin: path,
      args: ['-version'],
      timeoutMs: VERSION_TIMEOUT_MS,
      collectStdout: true
    })
    if (exit.code !== 0 || exit.spawnError) continue
    return { path, version: /version\s+(\S+)/.exec(exit.stdout)?.[1] ?? 'unknown' }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// The three ways to run: an ffmpeg job, a short ffmpeg job returning its output, an ffprobe.

export async function runFfmpeg(run: FfmpegRun): Promise<FfmpegResult> {
  if (run.signal?.aborted) throw new KindframeError('cancelled', 'Export cancelled before it started.')
  const { ffmpegPath } = await resolveFfmpeg()
  const parser =
    run.expectedDurationMs !== undefined && run.onProgress ? createProgressParser(run.expectedDurationMs) : undefined
  const exit = await runProcess({
    ...run,
    bin: ffmpegPath,
    onStdoutText:
      parser &&
      ((chunk) => {
        for (const update of parser.push(chunk)) run.onProgress!(update)
      })
  })
  if (exit.ok) return { stderrTail: exit.stderrTail }
  throw failureOf('ffmpeg', ffmpegPath, exit, run)
}

/**
 * Short media jobs (thumbnail, waveform, contact sheet): a generated id, `-hide_banner -nostdin`, a
 * timeout (default 60 s) and errors that name `label`. Returns stdout unless `onStdout` takes it.
 */
export async function runFfmpegJob(
  args: string[],
  opts: { label: string; timeoutMs?: number; onStdout?: (chunk: Buffer) => void }
): Promise<Buffer> {
  const chunks: Buffer[] = []
  await runFfmpeg({
    id: `job-${randomUUID()}`,
    args: ['-hide_banner', '-nostdin', ...args],
    onStdout: opts.onStdout ?? ((c) => chunks.push(c)),
    timeoutMs: opts.timeoutMs ?? 60_000,
    label: opts.label
  })
  return Buffer.concat(chunks)
}

/**
 * ffprobe with these arguments; resolves with its stdout. A non-zero exit rejects with
 * `ffmpeg-failed` whose details carry `stderrTail` (probe.ts turns it into the file's own words).
 */
export async function runFfprobe(args: string[], opts: { timeoutMs: number; signal?: AbortSignal }): Promise<string> {
  const { ffprobePath } = await resolveFfmpeg()
  const exit = await runProcess({
    id: `ffprobe-${randomUUID()}`,
    bin: ffprobePath,
    args,
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    collectStdout: true
  })
  if (exit.ok) return exit.stdout
  throw failureOf('ffprobe', ffprobePath, exit, opts)
}

// ---------------------------------------------------------------------------------------------
// The one spawn.

interface ProcessRun {
  id: string
  bin: string
  args: string[]
  partialPaths?: string[]
  signal?: AbortSignal
  timeoutMs?: number
  onStdout?: (chunk: Buffer) => void
  onStdoutText?: (chunk: string) => void
  onStderr?: (chunk: string) => void
  collectStdout?: boolean
}

interface Exit {
  ok: boolean
  code: number | null
  signal: NodeJS.Signals | null
  spawnError?: Error
  cancelled: boolean
  timedOut: boolean
  stderrTail: string
  /** Only with collectStdout. */
  stdout: string
}

async function runProcess(run: ProcessRun): Promise<Exit> {
  if (registry.has(run.id)) throw new KindframeError('internal', `an ffmpeg run with id "${run.id}" is already running`)
  if (run.signal?.aborted) throw new KindframeError('cancelled', 'Export cancelled before it started.')
  const child = spawn(run.bin, run.args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
  const entry: Running = { child, cancelled: false }
  registry.set(run.id, entry)
  const unwatch =
    child.pid === undefined ? () => {} : watchForParentDeath({ pid: child.pid, bin: run.bin, paths: run.partialPaths })
  const onAbort = () => cancelFfmpeg(run.id)
  run.signal?.addEventListener('abort', onAbort, { once: true })
  let timedOut = false
  const timer =
    run.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
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
  const stdoutChunks: Buffer[] = []
  // stdout is always read, even when nobody wants it: a full pipe would stall the child.
  if (run.onStdout) child.stdout!.on('data', run.onStdout)
  else if (run.collectStdout) child.stdout!.on('data', (chunk: Buffer) => stdoutChunks.push(chunk))
  else {
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (chunk: string) => run.onStdoutText?.(chunk))
  }

  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; spawnError?: Error }>(
    (resolve) => {
      child.once('error', (spawnError) => resolve({ code: null, signal: null, spawnError }))
      child.once('close', (code, signal) => resolve({ code, signal }))
    }
  )
  registry.delete(run.id)
  if (timer) clearTimeout(timer)
  run.signal?.removeEventListener('abort', onAbort)
  const ok = outcome.code === 0 && !entry.cancelled && !timedOut
  // Partials go before the watchdog forgets them: if we die in between, it still removes them.
  if (!ok) await removePartials(run.partialPaths)
  unwatch()
  const stdout = run.collectStdout ? Buffer.concat(stdoutChunks).toString('utf8') : ''
  return { ok, ...outcome, cancelled: entry.cancelled, timedOut, stderrTail: stderr.slice(-STDERR_TAIL_BYTES), stdout }
}

function failureOf(
  tool: FailureContext['tool'],
  bin: string,
  exit: Exit,
  run: { timeoutMs?: number; label?: string }
): KindframeError {
  const prefix = run.label ? `${run.label}: ` : ''
  if (exit.cancelled) return new KindframeError('cancelled', 'Export cancelled; partial files removed.')
  if (exit.timedOut) {
    return new KindframeError(
      'ffmpeg-failed',
      `${prefix}${tool} took longer than ${run.timeoutMs! / 1000} s and was stopped.`,
      { timedOut: true, stderrTail: exit.stderrTail }
    )
  }
  if (exit.spawnError)
    return new KindframeError('ffmpeg-missing', `Could not start ${tool} (${bin}): ${exit.spawnError.message}`)
  return classifyFailure(exit.code, exit.signal, exit.stderrTail, { tool, label: run.label })
}

export interface FailureContext {
  /** ffprobe only reads: its "Permission denied" is about the input, not an output folder. */
  tool?: 'ffmpeg' | 'ffprobe'
  /** Short jobs name their file and keep to one line: "<label>: ffmpeg failed (<last stderr line>)." */
  label?: string
}

/** Turns an exit into the specific error the user can act on. Exported for tests. */
export function classifyFailure(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderrTail: string,
  context: FailureContext = {}
): KindframeError {
  const tool = context.tool ?? 'ffmpeg'
  const lines = stderrTail.trim().split('\n')
  const lastLines = lines.slice(-6).join('\n')
  if (tool === 'ffmpeg') {
    if (/No space left on device/i.test(stderrTail))
      return new KindframeError(
        'disk-full',
        `The disk is full; the export was stopped and its partial file removed.\n${lastLines}`
      )
    if (/Permission denied|Read-only file system/i.test(stderrTail))
      return new KindframeError('not-writable', `The output folder is not writable.\n${lastLines}`)
  }
  const how = signal ? `was killed (${signal}) before finishing` : `failed (exit code ${code})`
  if (context.label) {
    const why = lines.at(-1) || how
    return new KindframeError('ffmpeg-failed', `${context.label}: ${tool} failed (${why}).`, { stderrTail })
  }
  if (signal)
    return new KindframeError(
      'ffmpeg-failed',
      `${tool} ${how}; no output was kept.${lastLines ? `\n${lastLines}` : ''}`,
      { stderrTail }
    )
  return new KindframeError('ffmpeg-failed', `${tool} ${how}.${lastLines ? `\n${lastLines}` : ''}`, { stderrTail })
}

// ---------------------------------------------------------------------------------------------
// The registry.

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

/** Cancels every running ffmpeg and ffprobe (app quit, Ctrl-C). Returns how many were running. */
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
