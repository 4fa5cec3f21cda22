/**
 * The renderer's Content-Security-Policy, in one place. Electron sets it as a response header on the
 * app protocol, the browser bridge sends it on every static file, and the production build injects it
 * as a <meta http-equiv> (electron.vite.config.ts), so the same policy holds in every host.
 *
 * Why each exception exists:
 * - 'wasm-unsafe-eval' + worker-src blob: — jassub (libass compiled to WASM) compiles its module and may
 *   start its worker from a blob: URL.
 * - blob:/data: for images, media and fonts — thumbnails are data: URLs, jassub hands fonts over as blobs.
 * - kindframe-media: — local media in Electron (custom protocol, see src/main/media-protocol.ts).
 * - ws://127.0.0.1:* / ws://localhost:* — the bridge's event socket (older Chromium builds don't let
 *   'self' match ws:).
 * - style-src 'unsafe-inline' — was for wavesurfer.js's injected <style> (the player's own waveform
 *   replaced it; jassub draws on a canvas and React's style props go through CSSOM, which CSP allows).
 *   Nothing needs it today; drop it once the e2e suite has run without it. Scripts stay strict.
 */
export const MEDIA_SCHEME = 'kindframe-media'
export const APP_SCHEME = 'kindframe'

const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', `${MEDIA_SCHEME}:`],
  'media-src': ["'self'", 'data:', 'blob:', `${MEDIA_SCHEME}:`],
  'font-src': ["'self'", 'data:', 'blob:', `${MEDIA_SCHEME}:`],
  'connect-src': ["'self'", 'data:', 'blob:', `${MEDIA_SCHEME}:`, 'ws://127.0.0.1:*', 'ws://localhost:*'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"]
}

const join = (d: Record<string, string[]>) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')

/** For <meta http-equiv="Content-Security-Policy"> (frame-ancestors is ignored — and warned about — in a meta tag). */
export const CONTENT_SECURITY_POLICY = join(directives)

/** For the Content-Security-Policy response header: the meta policy plus frame-ancestors. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`

/**
 * Development only (electron-vite's dev server): the React-refresh preamble is an inline script and
 * HMR talks over the dev server's WebSocket; everything else stays as strict as production.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const ws = devServerUrl.replace(/^http/, 'ws').replace(/\/$/, '')
  return CONTENT_SECURITY_POLICY_HEADER.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`
  )
}
