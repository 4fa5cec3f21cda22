import { APP_SCHEME } from '../shared/csp'

/** Where the renderer comes from: electron-vite's dev server in development, the app protocol otherwise. */
export const DEV_RENDERER_URL = process.env.ELECTRON_RENDERER_URL
export const APP_ORIGIN = DEV_RENDERER_URL ? new URL(DEV_RENDERER_URL).origin : `${APP_SCHEME}://app`
export const APP_ENTRY_URL = DEV_RENDERER_URL ?? `${APP_ORIGIN}/index.html`

/** True for URLs of the app itself (same origin), the only place windows may navigate and IPC may come from. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false
  try {
    // Node's URL reports origin "null" for non-special schemes like kindframe:, so compare scheme + host.
    const u = new URL(url)
    return `${u.protocol}//${u.host}` === APP_ORIGIN
  } catch {
    return false
  }
}

/** Only the app's own top-level page may call main: not an iframe, not a page that got elsewhere. */
export function isTrustedFrame(frame: { parent: unknown; url: string } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url)
}
