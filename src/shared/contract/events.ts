import { z } from 'zod'
import { exportEvents } from './export'
import { subtitlesEvents } from './subtitles'
import { lintEvents } from './lint'
import { fontsEvents } from './fonts'

/** Everything main may push to the renderer: name → zod schema of the payload. */
export const events = {
  log: z.object({ level: z.enum(['info', 'warn', 'error']), message: z.string() }),
  ...exportEvents,
  ...subtitlesEvents,
  ...lintEvents,
  ...fontsEvents
}
export type Events = typeof events
