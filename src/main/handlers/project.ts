import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { projectOps } from '../../shared/contract/project'
import { KindframeError } from '../../shared/errors'

// Placeholder handlers: each refuses clearly until its service is wired in.
const notYet = async (): Promise<never> => {
  throw new KindframeError('internal', 'This operation is not available in this build yet.')
}

export function projectHandlers(): HandlersFor<typeof projectOps, Events> {
  return Object.fromEntries(Object.keys(projectOps).map((name) => [name, notYet])) as unknown as HandlersFor<typeof projectOps, Events>
}
