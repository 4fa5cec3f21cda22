import type { AppInfo } from '../../shared/contract/app'
import { resolveFfmpeg } from '../services/ffmpeg/runner'
// Bundled into the Electron main by Vite; read through tsx by the bridge and the CLI.
import { version as packageVersion } from '../../../package.json'

export function appHandlers(transport: AppInfo['transport']) {
  return {
    'app.info': async (): Promise<AppInfo> => {
      const version = packageVersion
      try {
        const bins = await resolveFfmpeg()
        return { version, transport, ffmpeg: { ok: true, ...bins } }
      } catch (err) {
        return { version, transport, ffmpeg: { ok: false, message: (err as Error).message } }
      }
    }
  }
}
