import { safeText } from './safe-text'

/**
 * Errors that cross a boundary (IPC, bridge, CLI) carry a stable code so that the
 * renderer and the CLI can react to them and show the real message.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-op'
  | 'not-found'
  | 'not-media'
  | 'no-video-stream'
  | 'truncated-media'
  | 'project-corrupt'
  | 'project-too-new'
  /** The file changed on disk since it was opened (another window, tab, machine or program saved it). */
  | 'conflict'
  | 'media-missing'
  /** A render worker found a media file that differs (size or SHA-256) from what the job was made from. */
  | 'media-changed'
  /** The render queue (Redis) cannot be reached, or was lost mid-run. */
  | 'queue-unreachable'
  | 'not-writable'
  | 'disk-full'
  | 'exists'
  | 'ffmpeg-missing'
  | 'ffmpeg-failed'
  | 'verify-failed'
  | 'cancelled'
  | 'limit-exceeded'
  | 'font-missing'
  | 'parse-failed'
  | 'lint-blocked'
  /** Pre-flight found outputs that are not ready (missing translations, QC errors, changed media, …). */
  | 'incomplete'
  /** Outside what this session may read or write (a file main never resolved, a save target the user did not choose). */
  | 'not-permitted'
  | 'internal'

export class KindframeError extends Error {
  readonly code: ErrorCode
  readonly details?: unknown
  constructor(code: ErrorCode, message: string, details?: unknown) {
    // Messages quote file names and file bytes: never let a control sequence through (see safeText).
    super(safeText(message))
    this.name = 'KindframeError'
    this.code = code
    this.details = details
  }
}

export interface ErrorBody {
  code: ErrorCode
  message: string
  details?: unknown
}

/** Turns anything thrown into the body that crosses the boundary. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof KindframeError) return { code: err.code, message: err.message, details: err.details }
  if (err instanceof Error) return { code: 'internal', message: safeText(err.message) }
  return { code: 'internal', message: safeText(String(err)) }
}
