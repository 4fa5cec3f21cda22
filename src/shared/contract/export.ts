import { z } from 'zod'
import { op } from './define'
import { Project } from '../project/schema'
import { ExportBatchProgress, ExportJob, type ExportJob as ExportJobT } from '../export/job'
import type { PreflightFacts, PreflightReport } from '../preflight/types'

export interface PresetSummary {
  id: string
  label: string
  width: number
  height: number
  fps: number
}

/** What a batch is: the project state to export, which clips × locales, preset, folder. */
const BatchInput = z.object({
  projectPath: z.string().min(1),
  project: Project,
  clipIds: z.array(z.string()).optional(),
  locales: z.array(z.string()).min(1).optional(),
  presetId: z.string().optional(),
  outDir: z.string().min(1),
  overwrite: z.boolean().default(false)
})

export const exportOps = {
  'export.presets': op(z.object({})).returns<PresetSummary[]>(),
  /**
   * Pre-flight of a batch (see src/shared/preflight): the report, and the disk facts main gathered so
   * the studio can re-run the pure checks itself while the user fixes things in the review.
   */
  'export.preflight': op(BatchInput).returns<{ report: PreflightReport; facts: PreflightFacts }>(),
  /**
   * Queues clip × locale jobs for the given project state, after a fresh pre-flight. `mode` says what
   * to do with outputs that are not ready: 'refuse' (default: nothing is exported, error 'incomplete'),
   * 'ready' (export only the ready ones), 'all' (incomplete ones too, under ".incomplete.mp4" names).
   * `projectPath` anchors relative media paths. Progress arrives as `export.job` / `export.batch` events.
   */
  'export.start': op(
    BatchInput.extend({
      mode: z.enum(['refuse', 'ready', 'all']).default('refuse'),
      /**
       * "Render on workers": the Redis URL of the render queue (docs/render-workers.md). The batch is
       * planned, pre-flighted and recorded here as always; each output is rendered by a `kindframe worker`.
       */
      queueUrl: z
        .string()
        .trim()
        .regex(/^rediss?:\/\/\S+$/, 'a Redis URL: redis://host:port, or rediss://host:port for TLS')
        .optional()
    })
  ).returns<{ batchId: string; jobs: ExportJobT[] }>(),
  'export.cancel': op(z.object({ jobId: z.string().optional(), batchId: z.string().optional() })).returns<{
    cancelled: number
  }>(),
  'export.retry': op(z.object({ jobId: z.string() })).returns<{ job: ExportJobT }>(),
  'export.jobs': op(z.object({})).returns<{ jobs: ExportJobT[] }>()
}

export const exportEvents = {
  'export.job': ExportJob,
  'export.batch': ExportBatchProgress
}
