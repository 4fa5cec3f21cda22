import { join } from 'node:path'
import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { fontsOps } from '../../shared/contract/fonts'
import type { HandlerEnv } from './index'
import { fontsDir, listShippedFonts } from '../services/fonts'
import type { FileScope } from '../services/access/file-scope'

/** fonts.list: the shipped fonts with a URL the renderer can load them from (jassub in the player). */
export function fontsHandlers(env: HandlerEnv, scope: FileScope): HandlersFor<typeof fontsOps, Events> {
  return {
    'fonts.list': async () => {
      const dir = fontsDir()
      await scope.grantFolder(dir, true)
      return {
        fontsDir: dir,
        fonts: listShippedFonts().map((f) => ({ ...f, url: env.mediaUrl ? env.mediaUrl(join(dir, f.file)) : '' }))
      }
    }
  }
}
