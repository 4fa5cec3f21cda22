import type { HandlerContext, HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { PresetSummary } from '../../shared/contract/export'
import { exportOps } from '../../shared/contract/export'
import { PRESETS } from '../../shared/export/presets'
import { preflightBatch } from '../services/export/preflight'
import { createExportQueue, type ExportQueue, type ExportQueueOptions } from '../services/export/queue'
import { connectRemoteRunner, type RemoteRunner } from '../services/workers/remote-runner'

/**
 * Export ops over one batch queue per handler set, plus one per render-queue URL ("Render on
 * workers": the same queue with a remote runClip, so jobs, progress, cancel, retry, manifest and
 * report work the same). Progress is pushed as `export.job` / `export.batch` events through the
 * context of the latest call (the transport's emitter).
 */
export function exportHandlers(): HandlersFor<typeof exportOps, Events> {
  let ctx: HandlerContext<Events> | undefined
  let queue: ExportQueue | undefined
  const remote = new Map<string, { runner: RemoteRunner; queue: ExportQueue }>()
  const events: Pick<ExportQueueOptions, 'onJob' | 'onBatch'> = {
    onJob: (job) => ctx?.emit('export.job', job),
    onBatch: (progress) => ctx?.emit('export.batch', progress)
  }
  const getQueue = (c: HandlerContext<Events>): ExportQueue => {
    ctx = c
    queue ??= createExportQueue(events)
    return queue
  }
  /** The queue that renders on the workers of `url`; connected on first use (a lost Redis is connected again). */
  const getRemote = async (c: HandlerContext<Events>, url: string): Promise<ExportQueue> => {
    ctx = c
    const known = remote.get(url)
    if (known && !known.runner.lost()) return known.queue
    const runner = await connectRemoteRunner({ redisUrl: url })
    // Every output is queued at once, one per job, so every free worker can take one.
    const q = createExportQueue({ ...events, concurrency: 10_000, maxOutputsPerProcess: 1, runClip: runner.runClip })
    remote.set(url, { runner, queue: q })
    return q
  }
  const allQueues = (c: HandlerContext<Events>) => [getQueue(c), ...[...remote.values()].map((r) => r.queue)]
  return {
    'export.presets': async () =>
      PRESETS.map((p): PresetSummary => ({ id: p.id, label: p.label, width: p.width, height: p.height, fps: p.fps })),
    'export.preflight': async (input) => preflightBatch(input),
    'export.start': async (input, c) => {
      const queue = getQueue(c)
      const request = {
        project: input.project,
        projectPath: input.projectPath,
        clipIds: input.clipIds,
        locales: input.locales,
        presetId: input.presetId,
        outDir: input.outDir,
        overwrite: input.overwrite
      }
      // Fresh facts at the moment of starting: the review may be minutes old, files may have changed.
      const { report } = await preflightBatch(request)
      const target = input.queueUrl ? await getRemote(c, input.queueUrl) : queue
      return target.start({ ...request, mode: input.mode, preflight: report })
    },
    'export.cancel': async (input, c) => ({
      cancelled: allQueues(c).reduce((n, q) => n + q.cancel({ jobId: input.jobId, batchId: input.batchId }), 0)
    }),
    'export.retry': async (input, c) => {
      const owner = allQueues(c).find((q) => q.jobs().some((j) => j.id === input.jobId)) ?? getQueue(c)
      return { job: owner.retry(input.jobId) }
    },
    'export.jobs': async (_input, c) => ({ jobs: allQueues(c).flatMap((q) => q.jobs()) })
  }
}
