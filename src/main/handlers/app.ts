import type { AppInfo } from '../../shared/contract/app'
import { resolveFfmpeg } from '../services/ffmpeg/binaries'

export function appHandlers(transport: AppInfo['transport']) {
  return {
    'app.info': async (): Promise<AppInfo> => {
      const version = '0.1.0'
      try {
        const bins = await resolveFfmpeg()
        return { version, transport, ffmpeg: { ok: true, ...bins } }
      } catch (err) {
        return { version, transport, ffmpeg: { ok: false, message: (err as Error).message } }
      }
    }
  }
}
