import { z } from 'zod'

/**
 * An export job: clip × locale × preset → output path. Serializable on purpose (no functions, no
 * UI state) so a queue of them can be handed to render workers on other machines later.
 */
export const ExportJobState = z.enum(['queued', 'running', 'verifying', 'done', 'failed', 'cancelled'])
export type ExportJobState = z.infer<typeof ExportJobState>

export const ExportCheck = z.object({ name: z.string(), ok: z.boolean(), detail: z.string().optional() })

export const ExportJob = z.object({
  id: z.string(),
  batchId: z.string(),
  clipId: z.string(),
  clipTitle: z.string(),
  locale: z.string(),
  presetId: z.string(),
  /** Final path; the file appears there only after verification. */
  outputPath: z.string(),
  state: ExportJobState,
  /** 0–100 for the encode; verify/rename are reported as their own state, not as 99%. */
  percent: z.number().min(0).max(100),
  etaMs: z.number().nonnegative().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  /** The output's pre-flight when the batch was planned; `incomplete` outputs go to a ".incomplete.mp4" name. */
  preflight: z
    .object({
      verdict: z.enum(['ready', 'incomplete', 'blocked']),
      errors: z.number().int(),
      warnings: z.number().int(),
      reconsider: z.number().int()
    })
    .optional(),
  incomplete: z.boolean().optional(),
  /**
   * Locales whose cancel stopped this job's shared ffmpeg run (the locales of a clip are encoded by
   * one process), after which this job was queued again from the start. Shown on the job and by the CLI.
   */
  restartedAfterCancel: z.array(z.string()).optional(),
  /** The render worker that took the job (remote exports only). */
  worker: z.string().optional(),
  result: z
    .object({
      durationMs: z.number(),
      sizeBytes: z.number(),
      loudness: z
        .object({ inputI: z.number().nullable(), outputI: z.number().nullable(), outputTp: z.number().nullable() })
        .optional(),
      checks: z.array(ExportCheck)
    })
    .optional()
})
export type ExportJob = z.infer<typeof ExportJob>

export const ExportBatchProgress = z.object({
  batchId: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  percent: z.number().min(0).max(100),
  /** Outputs pre-flight left out of the batch (not ready, with --only-ready / "Export only the ready ones"). */
  skipped: z.number().int().optional(),
  manifestPath: z.string().optional(),
  /** The series report (report.html) next to the manifest. */
  reportPath: z.string().optional(),
  /** The manifest could not be written (disk full, folder gone): the outputs are fine, the proof is missing. */
  manifestError: z.string().optional()
})
export type ExportBatchProgress = z.infer<typeof ExportBatchProgress>
