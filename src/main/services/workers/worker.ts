import { hostname } from 'node:os'
import { stat } from 'node:fs/promises'
import { Worker, type Job } from 'bullmq'
import { KindframeError, toErrorBody } from '../../../shared/errors'
import { sha256Hex } from '../../../shared/hash/sha256'
import { parseProjectText } from '../../../shared/project/parse-project'
import {
  encodeFailure,
  parseRemoteJob,
  type RemoteJobData,
  type RemoteProgress,
  type RemoteResult
} from '../../../shared/workers/job-data'
import { describeMaps, localPath, type PathMapping } from '../../../shared/workers/path-map'
import { CANCEL_CHANNEL, cancelKey, RENDER_QUEUE } from '../../../shared/workers/queue-keys'
import { exportClip } from '../export/export-clip'
import { isFinalFailure, jobError } from './classify'
import { checkJobMedia } from './job-media'
import { acquireOutputLock } from './output-lock'
import { probeRedis, queueConnection, redactRedisUrl } from './redis'

/**
 * A render worker: takes export jobs from the BullMQ queue and runs each through exportClip, the
 * same code path as a local export (temp name next to the final path, ffprobe + loudness
 * verification, rename only when verified). Around it, what a remote job needs: its data validated,
 * its media mapped and checked by size and hash, one writer per output (lock file), progress and
 * the worker's name reported to the queue, cancel from the enqueuing side, and a Redis that goes away.
 */
export interface RenderWorkerOptions {
  redisUrl: string
  name?: string
  concurrency?: number
  maps?: PathMapping[]
  /** BullMQ lock: a job whose worker stops renewing it for this long is stalled and handed to another worker. */
  lockDurationMs?: number
  /** How often stalled jobs are looked for; default lockDurationMs. */
  stalledIntervalMs?: number
  /** Running encodes are stopped when Redis has been gone this long (their results could not be reported); default lockDurationMs. */
  queueLostMs?: number
  log?: (line: string) => void
}

export interface RenderWorker {
  name: string
  /** Stops taking jobs; running ones are stopped (partial files removed) and go back to the queue. */
  close(): Promise<void>
}

export const DEFAULT_LOCK_MS = 30_000

export async function startRenderWorker(opts: RenderWorkerOptions): Promise<RenderWorker> {
  const name = opts.name ?? `${hostname()}-${process.pid}`
  const maps = opts.maps ?? []
  const lockMs = opts.lockDurationMs ?? DEFAULT_LOCK_MS
  const lostMs = opts.queueLostMs ?? lockMs
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'))
  const url = redactRedisUrl(opts.redisUrl)
  await probeRedis(opts.redisUrl)

  const conn = queueConnection(opts.redisUrl, `kindframe-worker:${name}`)
  const sub = queueConnection(opts.redisUrl, `kindframe-worker-cancel:${name}`)
  /** Why a running job was stopped from here (cancel, shutdown, Redis lost); absent = it failed by itself. */
  const stopReasons = new Map<string, 'cancelled' | 'stopping' | 'queue-lost'>()
  const active = new Set<string>()

  const worker = new Worker<unknown, RemoteResult>(RENDER_QUEUE, (job, _token, signal) => runJob(job, signal), {
    connection: conn,
    name,
    concurrency: Math.max(1, opts.concurrency ?? 1),
    lockDuration: lockMs,
    stalledInterval: opts.stalledIntervalMs ?? lockMs,
    // A job whose worker died twice is more likely a job that kills workers: fail it then.
    maxStalledCount: 2,
    autorun: false
  })
  // While Redis is away every reconnect fails the same way: say each distinct error once.
  const said = new Set<string>()
  worker.on('error', (err) => {
    if (said.has(err.message)) return
    said.add(err.message)
    log(`${name}: queue error: ${err.message}`)
  })
  worker.on('stalled', (jobId) =>
    log(`${name}: job ${jobId} stalled (its worker stopped answering); it goes back to the queue`)
  )

  await sub.subscribe(CANCEL_CHANNEL)
  sub.on('message', (_channel: string, jobKey: string) => stop(jobKey, 'cancelled'))

  // Redis gone: say so once, keep reconnecting; after lostMs stop the encodes whose result could not be
  // reported (the job's lock lapses, BullMQ hands it out again when Redis is back).
  let downSince: number | undefined
  let closing = false
  sub.on('close', () => {
    if (downSince !== undefined || closing) return
    downSince = Date.now()
    log(`${name}: lost the render queue at ${url}; reconnecting…`)
  })
  sub.on('ready', () => {
    if (downSince === undefined) return
    said.clear()
    log(`${name}: the render queue at ${url} is back after ${((Date.now() - downSince) / 1000).toFixed(1)} s`)
    downSince = undefined
  })
  const watch = setInterval(
    () => {
      if (downSince === undefined || Date.now() - downSince < lostMs || active.size === 0) return
      log(
        `${name}: the render queue has been gone for ${Math.round(lostMs / 1000)} s; stopping ${active.size} running job(s) and removing their partial files`
      )
      for (const key of active) stop(key, 'queue-lost')
    },
    Math.min(1000, lostMs)
  )
  watch.unref()

  function stop(jobKey: string, why: 'cancelled' | 'stopping' | 'queue-lost') {
    if (!active.has(jobKey) || stopReasons.has(jobKey)) return
    stopReasons.set(jobKey, why)
    worker.cancelJob(jobKey, why)
  }

  async function runJob(job: Job<unknown, RemoteResult>, signal: AbortSignal | undefined): Promise<RemoteResult> {
    const key = job.id!
    const attempt = job.attemptsMade + 1
    active.add(key)
    let label = key
    const started = Date.now()
    try {
      if (await conn.exists(cancelKey(key)))
        throw new KindframeError('cancelled', 'Export cancelled before a worker started it.')
      const data = parseRemoteJob(job.data)
      label = `${key} ${data.clipId} [${data.locale}]`
      log(`${name}: job ${label} started (attempt ${attempt})`)
      const result = await render(job, data, signal)
      log(
        `${name}: job ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${localPath(data.outputPath, maps).path}`
      )
      return result
    } catch (err) {
      const why = stopReasons.get(key)
      const cause =
        why === 'stopping'
          ? new KindframeError(
              'internal',
              `worker "${name}" stopped during the job; partial file removed; it goes back to the queue.`
            )
          : why === 'queue-lost'
            ? new KindframeError(
                'internal',
                `worker "${name}" lost the render queue during the job; partial file removed.`
              )
            : why === 'cancelled'
              ? new KindframeError(
                  'cancelled',
                  `Export cancelled; worker "${name}" stopped ffmpeg and removed the partial file.`
                )
              : err
      const body = toErrorBody(cause)
      log(
        `${name}: job ${label} failed: ${encodeFailure(body.code, body.message)}${isFinalFailure(body) ? ' (not retried)' : ' (will be retried)'}`
      )
      throw jobError(cause)
    } finally {
      active.delete(key)
      stopReasons.delete(key)
    }
  }

  async function render(
    job: Job<unknown, RemoteResult>,
    data: RemoteJobData,
    signal: AbortSignal | undefined
  ): Promise<RemoteResult> {
    const key = job.id!
    if (sha256Hex(data.projectText) !== data.projectHash) {
      throw new KindframeError(
        'invalid-input',
        `the job's project snapshot does not match its hash ${data.projectHash.slice(0, 12)}…; it was damaged on the way. Enqueue the export again.`
      )
    }
    const { project } = parseProjectText(data.projectText, `project snapshot of job ${key}`)
    if (!project.clips.some((c) => c.id === data.clipId))
      throw new KindframeError('not-found', `Clip "${data.clipId}" is not in the job's project snapshot.`)
    const mediaPaths = await checkJobMedia(data.media, maps, name)
    const outDir = localPath(data.outDir, maps)
    // The enqueuing side made the folder on the share: not seeing it means this worker would write elsewhere.
    if (
      !(await stat(outDir.path).then(
        (s) => s.isDirectory(),
        () => false
      ))
    ) {
      throw new KindframeError(
        'media-missing',
        `output folder ${data.outDir} is not available on worker "${name}" (${outDir.mapped ? `mapped to ${outDir.path}` : `no --map covers it; maps: ${describeMaps(maps)}`}). Mount the shared storage, or start the worker with --map FROM=TO.`
      )
    }
    const finalPath = localPath(data.outputPath, maps).path
    const lock = await acquireOutputLock(finalPath, { worker: name, jobKey: key, staleAfterMs: 2 * lockMs })
    for (const path of lock.cleaned) log(`${name}: removed ${path}, left by a worker that died on this output`)
    try {
      const report = throttle((p: RemoteProgress) => void job.updateProgress(p).catch(() => {}), 250)
      report({ worker: name, phase: 'starting', percent: 0, etaMs: null }, true)
      const [outcome] = await exportClip({
        project,
        projectPath: null,
        mediaPaths,
        clipId: data.clipId,
        preset: data.preset,
        overwrite: data.overwrite,
        outputs: [{ jobId: key, locale: data.locale, finalPath }],
        runId: `worker-${key}-${job.attemptsMade + 1}`,
        signal,
        onProgress: (u) => report({ worker: name, phase: 'encoding', percent: u.percent, etaMs: u.etaMs }),
        onVerifying: () => report({ worker: name, phase: 'verifying', percent: 100, etaMs: null }, true)
      })
      if (!outcome) throw new KindframeError('internal', 'the export engine returned no outcome')
      if (!outcome.ok) throw new KindframeError(outcome.error.code, outcome.error.message, outcome.error.details)
      return { worker: name, result: { ...outcome.result, loudness: outcome.result.loudness } }
    } finally {
      await lock.release()
    }
  }

  void worker.run().catch((err: Error) => log(`${name}: worker stopped: ${err.message}`))
  await worker.waitUntilReady()
  log(
    `${name}: waiting for export jobs on ${url} (concurrency ${Math.max(1, opts.concurrency ?? 1)}, maps: ${describeMaps(maps)})`
  )

  return {
    name,
    async close() {
      clearInterval(watch)
      closing = true
      for (const key of active) stop(key, 'stopping')
      await worker.close()
      await sub.quit().catch(() => sub.disconnect())
      await conn.quit().catch(() => conn.disconnect())
    }
  }
}

/** At most one call per `ms` (the last value wins); `force` sends at once (phase changes). */
function throttle<T>(fn: (v: T) => void, ms: number): (v: T, force?: boolean) => void {
  let last = 0
  return (v, force = false) => {
    const now = Date.now()
    if (!force && now - last < ms) return
    last = now
    fn(v)
  }
}
