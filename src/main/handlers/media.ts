import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { mediaOps } from '../../shared/contract/media'
import type { HandlerEnv } from './index'
import { KindframeError } from '../../shared/errors'
import { probeMedia } from '../services/ffmpeg/probe'
import { importMedia } from '../services/media/import'
import { thumbnail } from '../services/media/thumbnail'
import { waveform } from '../services/media/waveform'
import { estimateWordTimings } from '../services/media/word-timings'
import { resolveMedia } from '../services/media/resolve'
import { resolve } from 'node:path'
import type { FileScope } from '../services/access/file-scope'

/**
 * Files main probed and found to be media (an import, a probe of an end-card photo) join the
 * player's scope; media.url hands out URLs only for files in it (see FileScope).
 */
export function mediaHandlers(env: HandlerEnv, scope: FileScope): HandlersFor<typeof mediaOps, Events> {
  return {
    'media.probe': async ({ path }) => {
      const probe = await probeMedia(path)
      await scope.grantFile(path, true)
      return probe
    },
    'media.import': async ({ projectPath, paths }) => {
      const result = await importMedia(projectPath, paths)
      for (const clip of result.clips) await scope.grantFile((await resolveMedia(projectPath, clip.media)).path, true)
      return result
    },
    'media.thumbnail': ({ path, atMs, width }) => thumbnail(path, { atMs, width }),
    'media.url': async ({ path }) => {
      // Only the transport knows how the renderer can load a local file (custom protocol in
      // Electron, token URL on the bridge); a transport that did not say cannot serve media.
      if (!env.mediaUrl) {
        throw new KindframeError(
          'internal',
          `This ${env.transport} transport cannot serve local media files to the player (no media URL provider was given).`
        )
      }
      await scope.readable(path)
      return { url: env.mediaUrl(resolve(path)) }
    },
    'media.waveform': ({ path, peaksPerSecond }) => waveform(path, peaksPerSecond),
    'media.wordTimings': ({ path, cues, locale }) => estimateWordTimings(path, cues, locale),
    'media.resolve': ({ projectPath, media }) => resolveMedia(projectPath, media)
  }
}
