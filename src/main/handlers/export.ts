import type { HandlerContext, HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { PresetSummary } from '../../shared/contract/export'
import { exportOps } from '../../shared/contract/export'
import { PRESETS } from '../../shared/export/presets'
import { preflightBatch } from '../services/export/preflight'
import { createExportQueue, type ExportQueue } from '../services/export/queue'

/**
 * Export ops over one batch queue per handler set. Progress is pushed as `export.job` /
 * `export.batch` events through the context of the latest call (the transport's emitter).
 */
export function exportHandlers(): HandlersFor<typeof exportOps, Events> {
  let ctx: HandlerContext<Events> | undefined
  let queue: ExportQueue | undefined
  const getQueue = (c: HandlerContext<Events>): ExportQueue => {
    ctx = c
    queue ??= createExportQueue({
      onJob: (job) => ctx?.emit('export.job', job),
      onBatch: (progress) => ctx?.emit('export.batch', progress)
    })
    return queue
  }
  return {
    'export.presets': async () =>
      PRESETS.map((p): PresetSummary => ({ id: p.id, label: p.label, width: p.width, height: p.height, fps: p.fps })),
    'export.preflight': async (input) => preflightBatch(input),
    'export.start': async (input, c) => {
      const queue = getQueue(c)
      const request = {
        project: input.project, projectPath: input.projectPath, clipIds: input.clipIds, locales: input.locales,
        presetId: input.presetId, outDir: input.outDir, overwrite: input.overwrite
      }
      // Fresh facts at the moment of starting: the review may be minutes old, files may have changed.
      const { report } = await preflightBatch(request)
      return queue.start({ ...request, mode: input.mode, preflight: report })
    },
    'export.cancel': async (input, c) => ({ cancelled: getQueue(c).cancel({ jobId: input.jobId, batchId: input.batchId }) }),
    'export.retry': async (input, c) => ({ job: getQueue(c).retry(input.jobId) }),
    'export.jobs': async (_input, c) => ({ jobs: getQueue(c).jobs() })
  }
}
