import { protocol } from 'electron'
import { isAbsolute, normalize } from 'node:path'
import { MEDIA_SCHEME } from '../shared/csp'
import { fileResponse } from './file-response'
import { toWebResponse } from './web-response'
import { APP_ORIGIN } from './app-origin'

/**
 * Local media for <video>/<img>/fetch in Electron. Only files main handed out a URL for (through
 * HandlerEnv.mediaUrl, e.g. media.url or fonts.list) are served, so a compromised page cannot read
 * arbitrary files by guessing URLs; only regular files, with Range support for seeking.
 */
export class MediaProtocol {
  private readonly granted = new Set<string>()

  readonly mediaUrl = (absPath: string): string => {
    const path = normalize(absPath)
    this.granted.add(path)
    return `${MEDIA_SCHEME}://local/?path=${encodeURIComponent(path)}`
  }

  handle(): void {
    protocol.handle(MEDIA_SCHEME, async (request) => {
      const path = new URL(request.url).searchParams.get('path') ?? ''
      if (!isAbsolute(path) || !this.granted.has(normalize(path))) {
        return new Response(`Not a media file this app opened: ${path}`, { status: 403 })
      }
      const file = await fileResponse(path, request.headers.get('range'), request.method)
      if (file.status === 404) return new Response(`No such file: ${path}`, { status: 404 })
      return toWebResponse(file, {
        'access-control-allow-origin': APP_ORIGIN,
        // Opened directly, a local .svg/.html must not run script.
        'content-security-policy': "default-src 'none'; sandbox",
        'x-content-type-options': 'nosniff'
      })
    })
  }
}
