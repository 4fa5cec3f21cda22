import { UnrecoverableError } from 'bullmq'
import { toErrorBody, type ErrorBody } from '../../../shared/errors'
import { encodeFailure } from '../../../shared/workers/job-data'

/**
 * Which failures a retry could fix. The job's own content (its data, project, media, limits, a
 * verification the output failed, a cancel) fails the same way everywhere: not retried. A worker's
 * environment (ffmpeg or fonts missing there, its disk, a crash, a worker stopping) may be fine on
 * the next try or another worker: retried with back-off.
 */
const FINAL = new Set<string>([
  'invalid-input',
  'project-corrupt',
  'project-too-new',
  'media-missing',
  'media-changed',
  'not-found',
  'not-media',
  'no-video-stream',
  'truncated-media',
  'limit-exceeded',
  'verify-failed',
  'cancelled',
  'exists',
  'incomplete',
  'lint-blocked'
])

export function isFinalFailure(body: ErrorBody): boolean {
  // "Being written by ... (this same job)": the previous attempt of this job, not yet certainly dead.
  const lockedBy = body.details as { lockedBy?: { jobKey?: string }; sameJob?: boolean } | undefined
  if (body.code === 'exists' && lockedBy?.sameJob) return false
  return FINAL.has(body.code)
}

/** The error a BullMQ processor throws for a failure: UnrecoverableError when retrying is pointless. */
export function jobError(err: unknown): Error {
  const body = toErrorBody(err)
  const text = encodeFailure(body.code, body.message)
  return isFinalFailure(body) ? new UnrecoverableError(text) : new Error(text)
}
