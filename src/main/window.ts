import { BrowserWindow, session, shell, type WebContents } from 'electron'
import { devContentSecurityPolicy } from '../shared/csp'
import { APP_ENTRY_URL, DEV_RENDERER_URL, isAppUrl } from './app-origin'

/** The locked-down main window: isolated, sandboxed, no Node, web security on. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Kindframe',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true
    }
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(APP_ENTRY_URL)
  return win
}

/**
 * Applied to every WebContents the app ever creates: it can't navigate away from the app, can't open
 * windows (http/https links go to the OS browser), can't attach <webview>s.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/** No camera, microphone, notifications, geolocation…: the studio needs none of them. */
export function denyPermissions(): void {
  const allowed = new Set(['clipboard-sanitized-write', 'fullscreen'])
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowed.has(permission)))
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowed.has(permission))
}

/**
 * In development the page comes from electron-vite's HTTP dev server, which sends no CSP: add it as a
 * header there. (kindframe://app responses carry it themselves, and the build adds the <meta> tag.)
 * The dev server needs an inline React-refresh preamble and its HMR socket, so dev relaxes exactly those.
 */
export function applyDevCsp(): void {
  if (!DEV_RENDERER_URL) return
  const devCsp = devContentSecurityPolicy(DEV_RENDERER_URL)
  session.defaultSession.webRequest.onHeadersReceived(
    { urls: [`${new URL(DEV_RENDERER_URL).origin}/*`] },
    (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devCsp] } })
    }
  )
}
