import { z } from 'zod'
import { op } from './define'
import { Project } from '../project/schema'
import { ExportBatchProgress, ExportJob, type ExportJob as ExportJobT } from '../export/job'

export interface PresetSummary {
  id: string
  label: string
  width: number
  height: number
  fps: number
}

export const exportOps = {
  'export.presets': op(z.object({})).returns<PresetSummary[]>(),
  /**
   * Queues clip × locale jobs for the given project state. `projectPath` anchors relative media paths.
   * Jobs run with the engine's concurrency; progress arrives as `export.job` / `export.batch` events.
   */
  'export.start': op(
    z.object({
      projectPath: z.string().min(1),
      project: Project,
      clipIds: z.array(z.string()).optional(),
      locales: z.array(z.string()).min(1).optional(),
      presetId: z.string().optional(),
      outDir: z.string().min(1),
      overwrite: z.boolean().default(false)
    })
  ).returns<{ batchId: string; jobs: ExportJobT[] }>(),
  'export.cancel': op(z.object({ jobId: z.string().optional(), batchId: z.string().optional() })).returns<{ cancelled: number }>(),
  'export.retry': op(z.object({ jobId: z.string() })).returns<{ job: ExportJobT }>(),
  'export.jobs': op(z.object({})).returns<{ jobs: ExportJobT[] }>()
}

export const exportEvents = {
  'export.job': ExportJob,
  'export.batch': ExportBatchProgress
}
