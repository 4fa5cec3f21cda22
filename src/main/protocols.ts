import { protocol } from 'electron'
import { APP_SCHEME, MEDIA_SCHEME } from '../shared/csp'

/**
 * Must run before `app.ready`. The renderer is served from kindframe://app (not file://, which gets
 * neither fetch() nor a proper origin for CSP 'self'); local media from kindframe-media:// with
 * `stream` so <video> can seek, and `corsEnabled` so jassub can fetch() fonts from it.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true }
    },
    {
      scheme: MEDIA_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true }
    }
  ])
}
