import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { lintOps } from '../../shared/contract/lint'
import { KindframeError } from '../../shared/errors'

// Placeholder handlers: each refuses clearly until its service is wired in.
const notYet = async (): Promise<never> => {
  throw new KindframeError('internal', 'This operation is not available in this build yet.')
}

export function lintHandlers(): HandlersFor<typeof lintOps, Events> {
  return Object.fromEntries(Object.keys(lintOps).map((name) => [name, notYet])) as unknown as HandlersFor<typeof lintOps, Events>
}
