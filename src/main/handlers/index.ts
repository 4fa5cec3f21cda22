import type { Handlers } from '../../shared/contract'
import type { AppInfo } from '../../shared/contract/app'
import { appHandlers } from './app'
import { projectHandlers } from './project'
import { mediaHandlers } from './media'
import { exportHandlers } from './export'
import { subtitlesHandlers } from './subtitles'
import { lintHandlers } from './lint'
import { fontsHandlers } from './fonts'
import { dialogHandlers, type DialogHost } from './dialog'

/** Things only the transport knows (Electron protocol vs bridge URL), injected into handlers. */
export interface HandlerEnv {
  transport: AppInfo['transport']
  /** A URL the renderer can load for a local file. */
  mediaUrl?: (absPath: string) => string
  /** Native file dialogs (Electron only); without them the dialog ops answer null. */
  dialogs?: DialogHost
}

/**
 * All handlers, one object per feature. The same object serves Electron IPC, the browser bridge
 * and tests; `satisfies Handlers` makes a missing or misnamed handler a build error.
 */
export function createHandlers(env: HandlerEnv | AppInfo['transport']): Handlers {
  const e: HandlerEnv = typeof env === 'string' ? { transport: env } : env
  return {
    ...appHandlers(e.transport),
    ...projectHandlers(),
    ...mediaHandlers(e),
    ...exportHandlers(),
    ...subtitlesHandlers(),
    ...lintHandlers(),
    ...fontsHandlers(e),
    ...dialogHandlers(e.dialogs)
  } satisfies Handlers
}
