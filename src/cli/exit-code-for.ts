import type { ErrorCode } from '../shared/errors'
import { EXIT } from './command'

/** Maps an error code to the documented exit code. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'invalid-input':
      return EXIT.usage
    case 'ffmpeg-missing':
      return EXIT.ffmpegMissing
    case 'not-writable':
    case 'disk-full':
    case 'exists':
    case 'conflict':
      return EXIT.output
    case 'cancelled':
      return EXIT.cancelled
    case 'incomplete':
      return EXIT.incomplete
    case 'queue-unreachable':
      return EXIT.queue
    case 'not-found':
    case 'not-media':
    case 'no-video-stream':
    case 'truncated-media':
    case 'project-corrupt':
    case 'project-too-new':
    case 'media-missing':
    case 'media-changed':
    case 'parse-failed':
    case 'font-missing':
      return EXIT.badInput
    default:
      return EXIT.failed
  }
}
