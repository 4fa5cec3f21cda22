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
import { FileScope } from '../services/access/file-scope'

/** Things only the transport knows (Electron protocol vs bridge URL), injected into handlers. */
export interface HandlerEnv {
  transport: AppInfo['transport']
  /** A URL the renderer can load for a local file. */
  mediaUrl?: (absPath: string) => string
  /** Native file dialogs (Electron only); without them the dialog ops answer null. */
  dialogs?: DialogHost
  /**
   * What the renderer may load and where projects may be saved (see FileScope). The transport that
   * serves media bytes must check the same object; default: a new one (saves need a pick when there are dialogs).
   */
  scope?: FileScope
}

/**
 * All handlers, one object per feature. The same object serves Electron IPC, the browser bridge
 * and tests; `satisfies Handlers` makes a missing or misnamed handler a build error.
 */
export function createHandlers(env: HandlerEnv | AppInfo['transport']): Handlers {
  const e: HandlerEnv = typeof env === 'string' ? { transport: env } : env
  const scope = e.scope ?? new FileScope({ savesNeedAChoice: e.dialogs !== undefined })
  return {
    ...appHandlers(e.transport),
    ...projectHandlers(scope),
    ...mediaHandlers(e, scope),
    ...exportHandlers(),
    ...subtitlesHandlers(),
    ...lintHandlers(),
    ...fontsHandlers(e, scope),
    ...dialogHandlers(e.dialogs, scope)
  } satisfies Handlers
}
