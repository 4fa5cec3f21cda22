import { sha256Hex } from '../hash/sha256'

/** Names shared by the enqueuing side and the workers. One queue; jobs keyed by their output. */
export const RENDER_QUEUE = 'kindframe-render'
export const CANCEL_CHANNEL = 'kindframe-render:cancel'

/**
 * A job's BullMQ id: derived from the output's final path, so the same output can never be queued
 * twice at once (BullMQ ignores an add with an id it already holds). Hex only: BullMQ refuses ":"
 * in custom ids and integer-looking ids.
 */
export function outputJobKey(outputPath: string): string {
  return `out-${sha256Hex(outputPath).slice(0, 32)}`
}

/** The key a cancel leaves for a job (a worker that picks the job up later still sees it). */
export function cancelKey(jobKey: string): string {
  return `kindframe-render:cancelled:${jobKey}`
}

/** How long a cancel mark lives: longer than any retry back-off, short enough not to pile up. */
export const CANCEL_MARK_TTL_S = 24 * 3600
