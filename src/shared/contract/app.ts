import { z } from 'zod'
import { op } from './define'

export interface AppInfo {
  version: string
  transport: 'electron' | 'bridge'
  ffmpeg: { ok: true; ffmpegPath: string; ffprobePath: string; version: string } | { ok: false; message: string }
}

export const appOps = {
  'app.info': op(z.object({})).returns<AppInfo>()
}
