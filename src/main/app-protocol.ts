import { protocol } from 'electron'
import { APP_SCHEME, CONTENT_SECURITY_POLICY_HEADER } from '../shared/csp'
import { fileResponse } from './file-response'
import { resolveInsideRoot } from './static-files'
import { toWebResponse } from './web-response'

/** Serves the built renderer at kindframe://app/… with the app's CSP; nothing outside `rendererDir`. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const path = url.host === 'app' ? resolveInsideRoot(rendererDir, url.pathname) : null
    if (!path) return new Response('Not found', { status: 404 })
    const file = await fileResponse(path, request.headers.get('range'), request.method)
    if (file.status === 404) return new Response('Not found', { status: 404 })
    return toWebResponse(file, {
      'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
      'x-content-type-options': 'nosniff'
    })
  })
}
