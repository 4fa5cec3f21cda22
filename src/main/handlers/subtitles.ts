import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { subtitlesOps } from '../../shared/contract/subtitles'
import { KindframeError } from '../../shared/errors'

// Placeholder handlers: each refuses clearly until its service is wired in.
const notYet = async (): Promise<never> => {
  throw new KindframeError('internal', 'This operation is not available in this build yet.')
}

export function subtitlesHandlers(): HandlersFor<typeof subtitlesOps, Events> {
  return Object.fromEntries(Object.keys(subtitlesOps).map((name) => [name, notYet])) as unknown as HandlersFor<typeof subtitlesOps, Events>
}
