import { availableParallelism, cpus } from 'node:os'
import { KindframeError, toErrorBody } from '../../../shared/errors'
import type { ExportBatchProgress, ExportJob } from '../../../shared/export/job'
import { MAX_OUTPUTS_PER_PROCESS } from '../../../shared/export/plan'
import { overallPercent } from '../../../shared/export/overall-progress'
import type { Manifest } from '../../../shared/export/manifest'
import type { Preset } from '../../../shared/export/presets'
import type { ExportMode, OutputPreflight, PreflightReport } from '../../../shared/preflight'
import { lintCountsFor, planBatch, type BatchRequest } from './batch-jobs'
import { exportClip, type ClipExportRequest, type OutputOutcome } from './export-clip'
import { buildManifest, writeManifest } from './manifest-file'
import { writeSeriesReport } from './report'
import { removeEmptyCreated } from './outputs'

/**
 * The batch queue: no Electron, no UI state. Jobs (serializable ExportJob) are grouped per clip so
 * one ffmpeg process serves up to MAX_OUTPUTS_PER_PROCESS locales; `concurrency` processes run at
 * once. A failed job never stops the others. Progress arrives through the callbacks.
 *
 * Cancelling one job: each job has its own AbortController. The local engine stops the shared
 * process for it, so its siblings end 'cancelled' without having been cancelled themselves: they
 * are queued again from 0 % with `restartedAfterCancel` naming the cancelled locales (shown by the
 * studio and the CLI). A render worker runs each output as its own job, so there nothing restarts.
 */
export interface ExportQueueOptions {
  /** Parallel ffmpeg processes; default max(1, floor(cpus / 2)). */
  concurrency?: number
  maxOutputsPerProcess?: number
  onJob?: (job: ExportJob) => void
  onBatch?: (progress: ExportBatchProgress) => void
  /** The engine; replaceable so a remote worker (or a test) can run the same queue logic. */
  runClip?: (req: ClipExportRequest) => Promise<OutputOutcome[]>
  /** Writes report.html (contact sheet) next to the manifest when a batch settles; default true. */
  report?: boolean
}

export interface ExportQueue {
  /**
   * Plans the batch from its pre-flight (req.preflight, or the project's own checks) and queues it.
   * Throws KindframeError ('incomplete', 'exists', 'lint-blocked') when the mode refuses it: nothing is queued.
   */
  start(req: BatchRequest): { batchId: string; jobs: ExportJob[] }
  /** Cancels one job, one batch, or (no argument) everything. Returns how many jobs were cancelled. */
  cancel(target?: { jobId?: string; batchId?: string }): number
  retry(jobId: string): ExportJob
  jobs(): ExportJob[]
  /** Resolves when every job of the batch is done, failed or cancelled (and the manifest is written). */
  whenBatchDone(batchId: string): Promise<ExportBatchProgress>
}

interface Batch {
  req: BatchRequest
  preset: Preset
  outDir: string
  jobIds: string[]
  report: PreflightReport
  skipped: OutputPreflight[]
  mode: ExportMode
  waiters: ((p: ExportBatchProgress) => void)[]
  manifestPath?: string
  reportPath?: string
  manifestError?: string
  /** Output folders the batch created (removed again if nothing was written into them). */
  createdDirs: Set<string>
  /** All jobs terminal, no process running, manifest written (or failed to). */
  settled: boolean
}

interface Group {
  id: string
  batchId: string
  clipId: string
  jobIds: string[]
  /** One per job, so a cancel names exactly the outputs it is for. */
  controllers: Map<string, AbortController>
}

export function defaultConcurrency(): number {
  const n = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length
  return Math.max(1, Math.floor(n / 2))
}

const TERMINAL = new Set<ExportJob['state']>(['done', 'failed', 'cancelled'])

export function createExportQueue(opts: ExportQueueOptions = {}): ExportQueue {
  const concurrency = Math.max(1, opts.concurrency ?? defaultConcurrency())
  const perProcess = Math.max(
    1,
    Math.min(opts.maxOutputsPerProcess ?? MAX_OUTPUTS_PER_PROCESS, MAX_OUTPUTS_PER_PROCESS)
  )
  const runClip = opts.runClip ?? exportClip
  const jobs = new Map<string, ExportJob>()
  const batches = new Map<string, Batch>()
  const pending: Group[] = []
  const running = new Map<string, Group>()
  let groupSeq = 0

  const emitJob = (job: ExportJob) => opts.onJob?.(structuredClone(job))
  const update = (id: string, patch: Partial<ExportJob>) => {
    const job = jobs.get(id)
    if (!job) return
    Object.assign(job, patch)
    if (patch.state && patch.state !== 'failed') delete job.error
    emitJob(job)
    emitBatch(job.batchId)
  }

  function progressOf(batchId: string): ExportBatchProgress {
    const b = batches.get(batchId)!
    const list = b.jobIds.map((id) => jobs.get(id)!)
    const count = (s: ExportJob['state']) => list.filter((j) => j.state === s).length
    return {
      batchId,
      total: list.length,
      done: count('done'),
      failed: count('failed'),
      cancelled: count('cancelled'),
      percent: overallPercent(list),
      skipped: b.skipped.length,
      ...(b.manifestPath ? { manifestPath: b.manifestPath } : {}),
      ...(b.reportPath ? { reportPath: b.reportPath } : {}),
      ...(b.manifestError ? { manifestError: b.manifestError } : {})
    }
  }
  const emitBatch = (batchId: string) => opts.onBatch?.(progressOf(batchId))

  function enqueue(batchId: string, clipId: string, jobIds: string[]) {
    for (let i = 0; i < jobIds.length; i += perProcess) {
      const ids = jobIds.slice(i, i + perProcess)
      pending.push({
        id: `g${++groupSeq}`,
        batchId,
        clipId,
        jobIds: ids,
        controllers: new Map(ids.map((id) => [id, new AbortController()]))
      })
    }
  }

  function pump() {
    while (running.size < concurrency && pending.length > 0) {
      const group = pending.shift()!
      group.jobIds = group.jobIds.filter((id) => jobs.get(id)?.state === 'queued')
      if (group.jobIds.length === 0) continue
      running.set(group.id, group)
      void runGroup(group).finally(() => {
        running.delete(group.id)
        pump()
        void settleBatch(group.batchId)
      })
    }
  }

  async function runGroup(group: Group) {
    const batch = batches.get(group.batchId)!
    for (const id of group.jobIds) update(id, { state: 'running', percent: 0, etaMs: null })
    const outcomes: OutputOutcome[] = await runClip({
      project: batch.req.project,
      projectPath: batch.req.projectPath,
      clipId: group.clipId,
      preset: batch.preset,
      outputs: group.jobIds.map((id) => ({
        jobId: id,
        locale: jobs.get(id)!.locale,
        finalPath: jobs.get(id)!.outputPath,
        signal: group.controllers.get(id)!.signal
      })),
      overwrite: batch.req.overwrite ?? false,
      runId: `export-${group.id}`,
      createdDirs: batch.createdDirs,
      onProgress: (u) =>
        group.jobIds.forEach(
          (id) => jobs.get(id)?.state === 'running' && update(id, { percent: u.percent, etaMs: u.etaMs })
        ),
      onWorker: (name) => group.jobIds.forEach((id) => jobs.get(id)?.worker !== name && update(id, { worker: name })),
      onVerifying: (ids) =>
        ids.forEach(
          (id) => jobs.get(id)?.state === 'running' && update(id, { state: 'verifying', percent: 100, etaMs: null })
        )
    }).catch((err: unknown) =>
      group.jobIds.map((jobId) => ({
        jobId,
        ok: false as const,
        error: { code: 'internal' as const, message: String(err) }
      }))
    )
    // Siblings cancelled during this run: an output that ended 'cancelled' without being cancelled
    // itself was stopped with them (a shared process) and starts again.
    const cancelledLocales = group.jobIds
      .filter((id) => group.controllers.get(id)!.signal.aborted)
      .map((id) => jobs.get(id)!.locale)
    const restart: string[] = []
    for (const o of outcomes) {
      const job = jobs.get(o.jobId)
      if (!job || job.state === 'cancelled') continue
      if (o.ok) update(o.jobId, { state: 'done', percent: 100, etaMs: null, result: o.result })
      else if (o.error.code === 'cancelled' && cancelledLocales.length > 0) restart.push(o.jobId)
      else
        update(o.jobId, {
          state: 'failed',
          etaMs: null,
          error: { code: o.error.code, message: o.error.message },
          ...(o.checks ? { result: { durationMs: 0, sizeBytes: 0, checks: o.checks } } : {})
        })
    }
    if (restart.length) {
      for (const id of restart) {
        const before = jobs.get(id)!.restartedAfterCancel ?? []
        update(id, {
          state: 'queued',
          percent: 0,
          etaMs: null,
          restartedAfterCancel: [...new Set([...before, ...cancelledLocales])]
        })
      }
      enqueue(group.batchId, group.clipId, restart)
    }
  }

  async function settleBatch(batchId: string) {
    const b = batches.get(batchId)
    if (!b || !b.jobIds.every((id) => TERMINAL.has(jobs.get(id)!.state))) return
    // Wait for cancelled processes to exit (and their partial files to go) before calling it done.
    if ([...running.values()].some((g) => g.batchId === batchId)) return
    const list = b.jobIds.map((id) => jobs.get(id)!)
    let manifest: Manifest | undefined
    b.manifestPath = undefined
    b.manifestError = undefined
    if (list.some((j) => j.state === 'done')) {
      try {
        manifest = await buildManifest({
          batchId,
          outDir: b.outDir,
          jobs: list,
          project: b.req.project,
          projectPath: b.req.projectPath,
          preset: b.preset,
          report: b.report,
          skipped: b.skipped,
          mode: b.mode,
          lintFor: (j) => lintCountsFor(b.req.project, j.clipId, j.locale)
        })
        b.manifestPath = await writeManifest(manifest)
      } catch (err) {
        // Say so: the files are there and verified, but the proof of it is not.
        b.manifestError = `The manifest could not be written in ${b.outDir}: ${toErrorBody(err).message}`
      }
    } else {
      // Nothing was exported: no manifest of failures, no report and no empty series folder left behind.
      await removeEmptyCreated(b.createdDirs)
    }
    if (manifest && b.manifestPath && opts.report !== false) {
      // The contact sheet is a convenience on top of the manifest: a failure to draw it never fails the batch.
      b.reportPath = await writeSeriesReport(manifest).catch(() => undefined)
    }
    b.settled = true
    const progress = progressOf(batchId)
    opts.onBatch?.(progress)
    b.waiters.splice(0).forEach((w) => w(progress))
  }

  function cancelJob(id: string): boolean {
    const job = jobs.get(id)
    if (!job || TERMINAL.has(job.state)) return false
    update(id, { state: 'cancelled', etaMs: null })
    for (const g of running.values()) g.controllers.get(id)?.abort()
    return true
  }

  return {
    start(req) {
      const planned = planBatch(req)
      batches.set(planned.batchId, {
        req,
        preset: planned.preset,
        outDir: planned.outDir,
        jobIds: planned.jobs.map((j) => j.id),
        report: planned.report,
        skipped: planned.skipped,
        mode: planned.mode,
        waiters: [],
        settled: false,
        createdDirs: new Set()
      })
      for (const job of planned.jobs) jobs.set(job.id, job)
      const byClip = new Map<string, string[]>()
      for (const job of planned.jobs) byClip.set(job.clipId, [...(byClip.get(job.clipId) ?? []), job.id])
      for (const [clipId, ids] of byClip) enqueue(planned.batchId, clipId, ids)
      const snapshot = planned.jobs.map((j) => structuredClone(j))
      planned.jobs.forEach(emitJob)
      emitBatch(planned.batchId)
      pump()
      return { batchId: planned.batchId, jobs: snapshot }
    },
    cancel(target = {}) {
      const ids = target.jobId
        ? [target.jobId]
        : target.batchId
          ? (batches.get(target.batchId)?.jobIds ?? [])
          : [...jobs.keys()]
      let n = 0
      for (const id of ids) if (cancelJob(id)) n++
      const touched = new Set(ids.map((id) => jobs.get(id)?.batchId).filter((b): b is string => !!b))
      touched.forEach((b) => void settleBatch(b))
      return n
    },
    retry(jobId) {
      const job = jobs.get(jobId)
      if (!job) throw new KindframeError('not-found', `No export job "${jobId}".`)
      if (job.state !== 'failed' && job.state !== 'cancelled')
        throw new KindframeError(
          'invalid-input',
          `Job "${jobId}" is ${job.state}; only failed or cancelled jobs can be retried.`
        )
      delete job.result
      delete job.restartedAfterCancel // a fresh start
      batches.get(job.batchId)!.settled = false
      update(jobId, { state: 'queued', percent: 0, etaMs: null })
      enqueue(job.batchId, job.clipId, [jobId])
      const snapshot = structuredClone(job)
      pump()
      return snapshot
    },
    jobs: () => [...jobs.values()].map((j) => structuredClone(j)),
    whenBatchDone(batchId) {
      const b = batches.get(batchId)
      if (!b) return Promise.reject(new KindframeError('not-found', `No export batch "${batchId}".`))
      if (b.settled) return Promise.resolve(progressOf(batchId))
      return new Promise((resolve) => b.waiters.push(resolve))
    }
  }
}
