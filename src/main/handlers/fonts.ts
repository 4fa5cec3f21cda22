import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { fontsOps } from '../../shared/contract/fonts'
import type { HandlerEnv } from './index'
import { KindframeError } from '../../shared/errors'

// Placeholder handlers: each refuses clearly until its service is wired in.
const notYet = async (): Promise<never> => {
  throw new KindframeError('internal', 'This operation is not available in this build yet.')
}

export function fontsHandlers(_env: HandlerEnv): HandlersFor<typeof fontsOps, Events> {
  return Object.fromEntries(Object.keys(fontsOps).map((name) => [name, notYet])) as unknown as HandlersFor<typeof fontsOps, Events>
}
