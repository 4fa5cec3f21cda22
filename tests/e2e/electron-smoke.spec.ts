import { existsSync } from 'node:fs'
import { _electron as electron, expect, test } from '@playwright/test'
import { OP_NAMES } from '../../src/shared/contract'

/**
 * The real Electron shell: only where an Electron binary exists (it cannot be downloaded on the team's
 * build machine). Set ELECTRON_PATH to run it, after `npx electron-vite build`; otherwise it is
 * reported as skipped, never as passed.
 */
const electronPath = process.env.ELECTRON_PATH
const skipReason = !electronPath
  ? 'ELECTRON_PATH not set: Electron binary unavailable on this machine'
  : !existsSync(electronPath)
    ? `ELECTRON_PATH=${electronPath} does not exist: Electron binary unavailable on this machine`
    : null

test.describe('Electron shell', () => {
  test.skip(skipReason !== null, skipReason ?? '')

  test('opens a locked-down window whose only door to main is window.kindframe', async () => {
    const app = await electron.launch({ executablePath: electronPath, args: ['out/main/index.js'] })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
      expect(page.url()).toBe('kindframe://app/index.html')

      const globals = await page.evaluate(() => ({
        kindframe: Object.keys(window.kindframe ?? {}).sort(),
        opNames: [...(window.kindframe?.opNames ?? [])],
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer
      }))
      expect(globals).toEqual({
        kindframe: ['invoke', 'opNames', 'pathForFile', 'subscribe'],
        opNames: OP_NAMES,
        require: 'undefined',
        process: 'undefined',
        ipcRenderer: 'undefined'
      })

      const info = await page.evaluate(() => window.kindframe!.invoke('app.info', {}))
      expect(info).toMatchObject({ ok: { transport: 'electron' } })
      const refused = await page.evaluate(() =>
        window.kindframe!.invoke('shell.openExternal', { url: 'file:///etc/passwd' })
      )
      expect(refused).toEqual({ error: { code: 'unknown-op', message: 'Unknown operation "shell.openExternal".' } })

      // Neither navigation nor new windows can take the app somewhere else.
      expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true)
      await page.evaluate(() => {
        location.href = 'https://example.com/'
      })
      await page.waitForTimeout(500)
      expect(page.url()).toBe('kindframe://app/index.html')
    } finally {
      await app.close()
    }
  })
})
