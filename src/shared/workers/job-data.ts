import { z } from 'zod'
import { KindframeError } from '../errors'
import { Preset } from '../export/presets'

/**
 * What a render worker receives for one output (clip × locale × preset): plain, versioned data and
 * nothing else, so a worker on another machine needs only this, ffmpeg, the fonts and the shared
 * media. The project travels as its saved text (the same bytes `projectContentHash` hashes), so the
 * worker can check it arrived whole and validate it with the project's own parser and migrations.
 */
export const REMOTE_JOB_FORMAT = 1
export const REMOTE_JOB_KIND = 'kindframe-export-job'

/** One file the output is made from, as the enqueuing machine saw it. */
export const RemoteMedia = z.object({
  /** The reference as written in the project (clip.media, an end-card photo). */
  ref: z.string().min(1),
  /** Absolute path on the enqueuing machine; a worker maps it with --map. */
  path: z.string().min(1),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex')
})
export type RemoteMedia = z.infer<typeof RemoteMedia>

export const RemoteJobData = z.object({
  kind: z.literal(REMOTE_JOB_KIND),
  format: z.literal(REMOTE_JOB_FORMAT),
  /** The enqueuing batch and its job id (manifest rows, partial names). */
  batchId: z.string().min(1),
  jobId: z.string().min(1),
  /** serializeProject(project): validated again on the worker. */
  projectText: z.string().min(1),
  /** SHA-256 of projectText (= the manifest's projectHash). */
  projectHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where the project was saved on the enqueuing machine (for messages only; media come from `media`). */
  projectPath: z.string().nullable(),
  clipId: z.string().min(1),
  locale: z.string().min(1),
  preset: Preset,
  /** The caption style the manifest records (the project's `style`), or null when it has none. */
  captionStyle: z.unknown().nullable(),
  media: z.array(RemoteMedia),
  /** The export's output folder and the output's final path, both on the enqueuing machine. */
  outDir: z.string().min(1),
  outputPath: z.string().min(1),
  overwrite: z.boolean(),
  /** Who asked, for the worker's log. */
  requestedBy: z.string().optional()
})
export type RemoteJobData = z.infer<typeof RemoteJobData>

/**
 * Job data → RemoteJobData, or a KindframeError that says exactly why not. The format is read first
 * so that a job from a newer Kindframe gets "update this worker" rather than a list of schema paths.
 */
export function parseRemoteJob(data: unknown): RemoteJobData {
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== REMOTE_JOB_KIND) {
    throw new KindframeError('invalid-input', `not a Kindframe export job (expected kind "${REMOTE_JOB_KIND}").`)
  }
  const format = (data as { format?: unknown }).format
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    throw new KindframeError('invalid-input', `the job has no valid format version (found ${JSON.stringify(format)}).`)
  }
  if (format > REMOTE_JOB_FORMAT) {
    throw new KindframeError(
      'project-too-new',
      `the job was made by a newer Kindframe (job format ${format}); this worker understands format ${REMOTE_JOB_FORMAT}. Update Kindframe on this worker.`,
      { format, supported: REMOTE_JOB_FORMAT }
    )
  }
  const parsed = RemoteJobData.safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new KindframeError('invalid-input', `invalid export job — ${issues.join('; ')}.`)
  }
  return parsed.data
}

/** What a worker reports while it renders (BullMQ job progress). */
export const RemoteProgress = z.object({
  worker: z.string(),
  phase: z.enum(['starting', 'encoding', 'verifying']),
  percent: z.number().min(0).max(100),
  etaMs: z.number().nonnegative().nullable()
})
export type RemoteProgress = z.infer<typeof RemoteProgress>

/** What a worker returns for a verified, committed output (BullMQ return value). */
export const RemoteResult = z.object({
  worker: z.string(),
  result: z.object({
    durationMs: z.number(),
    sizeBytes: z.number(),
    loudness: z.object({
      inputI: z.number().nullable(),
      outputI: z.number().nullable(),
      outputTp: z.number().nullable()
    }),
    checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string().optional() }))
  })
})
export type RemoteResult = z.infer<typeof RemoteResult>

/**
 * A failed job's reason crosses Redis as one string (BullMQ's failedReason): "[code] message". The
 * code lets the enqueuing side map it to the same exit codes and manifest errors as a local export.
 */
export function encodeFailure(code: string, message: string): string {
  return `[${code}] ${message}`
}

export function decodeFailure(reason: string | undefined): { code: string; message: string } {
  const m = /^\[([a-z-]+)\] ([\s\S]*)$/.exec(reason ?? '')
  return m ? { code: m[1]!, message: m[2]! } : { code: 'internal', message: reason || 'the worker gave no reason' }
}
