import { useStudio } from '../store'
import { emitSignal } from './harness'

/**
 * Shows the real message of anything thrown (KindframeError from the client carries main's
 * message) in an alert toast. Never swallow an error: every catch in the shell ends here.
 */
export function reportError(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err)
  console.error(err)
  useStudio.getState().pushToast('error', message)
  emitSignal('error', { message })
}

/**
 * Rejections nobody handled (a library's worker, a forgotten catch): still shown, but signalled
 * apart from the errors of the user's own actions so a harness waiting on an action is not
 * confused by unrelated background noise.
 */
export function reportUnhandled(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err)
  console.error('Unhandled rejection:', err)
  useStudio.getState().pushToast('error', message)
  emitSignal('unhandled-error', { message })
}
