import { hostname } from 'node:os'
import { Queue, QueueEvents, type Job } from 'bullmq'
import type { Redis } from 'ioredis'
import { KindframeError, toErrorBody, type ErrorCode } from '../../../shared/errors'
import { decodeFailure, RemoteProgress, RemoteResult, type RemoteJobData } from '../../../shared/workers/job-data'
import {
  CANCEL_CHANNEL,
  CANCEL_MARK_TTL_S,
  cancelKey,
  outputJobKey,
  RENDER_QUEUE
} from '../../../shared/workers/queue-keys'
import type { ClipExportRequest, OutputOutcome } from '../export/export-clip'
import { prepareOutputDir } from '../export/outputs'
import { anySignal } from '../export/signals'
import { buildJobData } from './job-media'
import { probeRedis, queueConnection, redactRedisUrl } from './redis'

/**
 * The enqueuing side of render workers: a drop-in `runClip` for the export queue (queue.ts), so a
 * remote export plans, pre-flights, reports progress and writes its manifest and report exactly like
 * a local one; only the encode happens on a worker. Each output is one BullMQ job keyed by its final
 * path; the result comes back as the job's return value, progress (with the worker's name) as job
 * progress, failures as "[code] message".
 */
export interface RemoteRunnerOptions {
  redisUrl: string
  /** Tries per job (a worker's crash, missing ffmpeg or fonts, a full disk); default 3. */
  attempts?: number
  /** First retry after this, doubling each time; default 2000 ms. */
  backoffMs?: number
  /** Redis gone this long → every unfinished job fails with 'queue-unreachable'; default 10 s. */
  lostAfterMs?: number
  /** Job states are also polled (events can be missed across a reconnect); default 1000 ms. */
  pollMs?: number
  /** After a cancel, how long to wait for the worker to confirm before calling the job cancelled anyway. */
  cancelWaitMs?: number
}

export interface RemoteRunner {
  runClip(req: ClipExportRequest): Promise<OutputOutcome[]>
  /** Why the queue was given up (Redis lost), if it was. */
  lost(): string | undefined
  close(): Promise<void>
}

interface Waiter {
  jobKey: string
  req: ClipExportRequest
  ourJobId: string
  settle(outcome: OutputOutcome): void
}

const TERMINAL_FAILED = 'failed'

export async function connectRemoteRunner(opts: RemoteRunnerOptions): Promise<RemoteRunner> {
  await probeRedis(opts.redisUrl)
  const url = redactRedisUrl(opts.redisUrl)
  const lostAfterMs = opts.lostAfterMs ?? 10_000
  const conn = queueConnection(opts.redisUrl, 'kindframe-export')
  const eventsConn = queueConnection(opts.redisUrl, 'kindframe-export-events')
  const queue = new Queue(RENDER_QUEUE, { connection: conn })
  const events = new QueueEvents(RENDER_QUEUE, { connection: eventsConn })
  // Connection errors surface through the loss watcher below (one clear message), not one line per reconnect.
  queue.on('error', () => {})
  events.on('error', () => {})
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()])
  const waiters = new Map<string, Waiter>()
  const requestedBy = `${hostname()}-${process.pid}`

  let lostReason: string | undefined
  let rejectLost!: (err: Error) => void
  const lostPromise = new Promise<never>((_, reject) => (rejectLost = reject))
  lostPromise.catch(() => {})
  /** Any Redis call, abandoned when the queue is declared lost (ioredis would otherwise wait forever). */
  const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, lostPromise])

  let downSince: number | undefined
  for (const c of [conn, eventsConn] as Redis[]) {
    c.on('close', () => (downSince ??= Date.now()))
    c.on('ready', () => (downSince = undefined))
  }
  const timer = setInterval(() => void tick(), opts.pollMs ?? 1000)
  timer.unref()

  async function tick() {
    if (lostReason) return
    if (downSince !== undefined && Date.now() - downSince > lostAfterMs) {
      lostReason = `lost the render queue: Redis at ${url} has not answered for ${Math.round(lostAfterMs / 1000)} s. Outputs already reported are in place and verified; workers never leave a half-written file under a final name. Export again when Redis is back (finished outputs are kept).`
      rejectLost(new KindframeError('queue-unreachable', lostReason))
      for (const w of [...waiters.values()])
        w.settle({ jobId: w.ourJobId, ok: false, error: { code: 'queue-unreachable', message: lostReason } })
      return
    }
    if (downSince !== undefined) return
    // Missed events (a reconnect, a job that finished before we listened): ask for each job's state.
    for (const w of [...waiters.values()]) {
      const job = await queue.getJob(w.jobKey).catch(() => undefined)
      if (!waiters.has(w.jobKey)) continue
      if (!job) {
        w.settle({
          jobId: w.ourJobId,
          ok: false,
          error: { code: 'cancelled', message: 'The job was removed from the render queue.' }
        })
        continue
      }
      const state = await job.getState().catch(() => 'unknown')
      if (state === 'completed') finish(w, job.returnvalue)
      else if (state === TERMINAL_FAILED) fail(w, job.failedReason)
    }
  }

  events.on('progress', ({ jobId, data }) => {
    const w = waiters.get(jobId)
    const p = RemoteProgress.safeParse(data)
    if (!w || !p.success) return
    w.req.onWorker?.(p.data.worker)
    if (p.data.phase === 'verifying') w.req.onVerifying?.([w.ourJobId])
    else w.req.onProgress?.({ outTimeMs: 0, percent: p.data.percent, etaMs: p.data.etaMs, speed: null, done: false })
  })
  events.on('completed', ({ jobId, returnvalue }) => {
    const w = waiters.get(jobId)
    if (w) finish(w, returnvalue)
  })
  events.on('failed', ({ jobId, failedReason }) => {
    const w = waiters.get(jobId)
    if (w) fail(w, failedReason)
  })

  function finish(w: Waiter, value: unknown) {
    const parsed = RemoteResult.safeParse(typeof value === 'string' ? safeJson(value) : value)
    if (!parsed.success) {
      w.settle({
        jobId: w.ourJobId,
        ok: false,
        error: { code: 'internal', message: 'the worker reported success without a readable result' }
      })
      return
    }
    w.req.onWorker?.(parsed.data.worker)
    w.settle({ jobId: w.ourJobId, ok: true, result: parsed.data.result })
  }

  function fail(w: Waiter, reason: string | undefined) {
    const { code, message } = decodeFailure(reason)
    w.settle({ jobId: w.ourJobId, ok: false, error: { code: code as ErrorCode, message } })
  }

  async function runOne(req: ClipExportRequest, out: ClipExportRequest['outputs'][number]): Promise<OutputOutcome> {
    if (lostReason) return { jobId: out.jobId, ok: false, error: { code: 'queue-unreachable', message: lostReason } }
    // Each output is its own queue job, so it is cancelled alone: its siblings keep rendering.
    const signal = anySignal(req.signal, out.signal)
    if (signal?.aborted)
      return {
        jobId: out.jobId,
        ok: false,
        error: { code: 'cancelled', message: 'Export cancelled before it was queued.' }
      }
    const jobKey = outputJobKey(out.finalPath)
    let data: RemoteJobData
    try {
      // The same folder rules as a local export (writable, no file under the final name unless overwrite).
      await prepareOutputDir(out.finalPath, req.overwrite, req.createdDirs)
      data = await buildJobData(req, out, requestedBy)
      await guard(claimKey(jobKey, out.finalPath))
    } catch (err) {
      return { jobId: out.jobId, ok: false, error: toErrorBody(err) }
    }
    const outcome = new Promise<OutputOutcome>((resolve) => {
      waiters.set(jobKey, {
        jobKey,
        req,
        ourJobId: out.jobId,
        settle: (o) => {
          if (waiters.get(jobKey)?.ourJobId !== out.jobId) return
          waiters.delete(jobKey)
          signal?.removeEventListener('abort', onAbort)
          resolve(o)
        }
      })
    })
    const onAbort = () => void cancel(jobKey)
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      await guard(conn.del(cancelKey(jobKey)))
      await guard(
        queue.add('export', data, {
          jobId: jobKey,
          attempts: opts.attempts ?? 3,
          backoff: { type: 'exponential', delay: opts.backoffMs ?? 2000 },
          removeOnComplete: { age: 3600 },
          removeOnFail: { age: 24 * 3600 }
        })
      )
      // Two exporters adding the same output at the same moment: BullMQ keeps the first; check it is ours.
      const stored = await guard(queue.getJob(jobKey))
      if ((stored?.data as RemoteJobData | undefined)?.jobId !== out.jobId) {
        throw new KindframeError(
          'exists',
          `${out.finalPath} was queued by another export at the same time; not queuing it twice.`
        )
      }
      if (signal?.aborted) void cancel(jobKey)
    } catch (err) {
      waiters.get(jobKey)?.settle({ jobId: out.jobId, ok: false, error: toErrorBody(err) })
    }
    return outcome
  }

  /** The output's key must be free: a finished job of an earlier export is cleared, a live one refuses. */
  async function claimKey(jobKey: string, finalPath: string) {
    const existing = await queue.getJob(jobKey)
    if (!existing) return
    const state = await existing.getState()
    if (state === 'completed' || state === 'failed' || state === 'unknown') {
      await existing.remove()
      return
    }
    const by = (existing.data as Partial<RemoteJobData>).requestedBy
    throw new KindframeError(
      'exists',
      `${finalPath} is already ${state} in the render queue${by ? ` (queued by ${by})` : ''}; two exports never write the same output.`
    )
  }

  async function cancel(jobKey: string) {
    const w = waiters.get(jobKey)
    if (!w) return
    const done = () =>
      w.settle({ jobId: w.ourJobId, ok: false, error: { code: 'cancelled', message: 'Export cancelled.' } })
    try {
      const job = (await guard(queue.getJob(jobKey))) as Job | undefined
      const state = job ? await guard(job.getState()) : 'unknown'
      if (job && (state === 'waiting' || state === 'delayed' || state === 'prioritized')) {
        // Queued: take it out. remove() refuses a job a worker locked in the meantime; then signal it.
        if (
          await guard(job.remove()).then(
            () => true,
            () => false
          )
        )
          return done()
      }
      if (state === 'completed' || state === 'failed') return
      // Running: leave a mark (a worker that picks it up later refuses it) and tell the workers now.
      await guard(conn.set(cancelKey(jobKey), '1', 'EX', CANCEL_MARK_TTL_S))
      await guard(conn.publish(CANCEL_CHANNEL, jobKey))
      // The worker answers with a failed "[cancelled]" job once ffmpeg is stopped and its partial removed.
      setTimeout(done, opts.cancelWaitMs ?? 15_000).unref()
    } catch {
      done()
    }
  }

  return {
    async runClip(req) {
      return Promise.all(req.outputs.map((out) => runOne(req, out)))
    },
    lost: () => lostReason,
    async close() {
      clearInterval(timer)
      if (lostReason) {
        // Nothing to say goodbye to: don't wait for a Redis that is gone.
        conn.disconnect()
        eventsConn.disconnect()
        await Promise.allSettled([queue.close(), events.close()])
        return
      }
      await Promise.allSettled([events.close(), queue.close()])
      await Promise.allSettled([conn.quit(), eventsConn.quit()])
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
