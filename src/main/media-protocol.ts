import { protocol } from 'electron'
import { normalize } from 'node:path'
import { MEDIA_SCHEME } from '../shared/csp'
import { KindframeError } from '../shared/errors'
import type { FileScope } from './services/access/file-scope'
import { fileResponse } from './file-response'
import { toWebResponse } from './web-response'
import { APP_ORIGIN } from './app-origin'

/**
 * Local media for <video>/<img>/fetch in Electron. Only files in the session's FileScope are served
 * (what main resolved itself: dialog picks, probed imports, opened projects' media and folder,
 * fonts), so a compromised page can neither read arbitrary files by guessing URLs nor widen the
 * scope by asking media.url for any path; only regular files, with Range support for seeking.
 */
export class MediaProtocol {
  constructor(private readonly scope: FileScope) {}

  readonly mediaUrl = (absPath: string): string =>
    `${MEDIA_SCHEME}://local/?path=${encodeURIComponent(normalize(absPath))}`

  handle(): void {
    protocol.handle(MEDIA_SCHEME, async (request) => {
      const path = new URL(request.url).searchParams.get('path') ?? ''
      let real: string
      try {
        real = await this.scope.readable(path)
      } catch (err) {
        const status = err instanceof KindframeError && err.code === 'not-found' ? 404 : 403
        return new Response(err instanceof Error ? err.message : String(err), { status })
      }
      const file = await fileResponse(real, request.headers.get('range'), request.method)
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
