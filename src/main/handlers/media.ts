import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { mediaOps } from '../../shared/contract/media'
import type { HandlerEnv } from './index'
import { KindframeError } from '../../shared/errors'

// Placeholder handlers: each refuses clearly until its service is wired in.
const notYet = async (): Promise<never> => {
  throw new KindframeError('internal', 'This operation is not available in this build yet.')
}

export function mediaHandlers(_env: HandlerEnv): HandlersFor<typeof mediaOps, Events> {
  return Object.fromEntries(Object.keys(mediaOps).map((name) => [name, notYet])) as unknown as HandlersFor<typeof mediaOps, Events>
}
