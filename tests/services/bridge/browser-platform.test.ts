import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { chromium, type Browser, type Page } from '@playwright/test'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { createHandlers } from '../../../src/main/handlers'

/**
 * The renderer's bridge platform (src/renderer/src/platform) bundled alone, in Debian's Chromium,
 * against a real bridge that serves it under the real CSP: typed calls, errors, events over the
 * WebSocket and drag-and-drop uploads, exactly as the studio uses them.
 */
let work: string
let bridge: Bridge
let browser: Browser
let page: Page

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kf-platform-'))
  await build({
    entryPoints: [resolve('tests/services/bridge/fixtures/platform-page.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(work, 'renderer', 'page.js'),
    logLevel: 'silent'
  })
  await writeFile(
    join(work, 'renderer', 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>platform</title><link rel="icon" href="data:,"><script type="module" src="./page.js"></script>'
  )
  bridge = await startBridge({
    rendererDir: join(work, 'renderer'),
    importDir: join(work, 'imports'),
    handlers: (env) => {
      const real = createHandlers(env)
      return {
        ...real,
        'app.info': async (input, ctx) => {
          ctx.emit('log', { level: 'warn', message: 'hello from main' })
          return real['app.info'](input, ctx)
        }
      }
    }
  })
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  page = await browser.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  await page.goto(bridge.url)
  await page.waitForFunction(() => (window as unknown as { platformReady?: boolean }).platformReady === true)
  expect(problems).toEqual([])
})

afterAll(async () => {
  await browser?.close()
  await bridge?.close()
  await rm(work, { recursive: true, force: true })
})

describe('renderer bridge platform in Chromium', () => {
  it('says it is on the bridge and offers no native dialogs', async () => {
    expect(await page.evaluate(() => window.platformProbe.describe())).toEqual({
      transport: 'bridge',
      pickFiles: false,
      pickSavePath: false
    })
  })

  it('calls app.info and receives the event it emits over the WebSocket', async () => {
    const result = await page.evaluate(() => window.platformProbe.infoAndEvent())
    expect(result.transport).toBe('bridge')
    expect(result.event).toEqual({ level: 'warn', message: 'hello from main' })
  })

  it('rethrows an op error as KindframeError with the code and message from main', async () => {
    const error = await page.evaluate(() => window.platformProbe.failing())
    expect(error).toEqual({
      name: 'KindframeError',
      code: 'invalid-input',
      message: expect.stringMatching(/^Invalid input for "dialog\.openFiles": title: /)
    })
  })

  it('uploads a dropped File and answers its absolute path, bytes intact', async () => {
    const path = await page.evaluate(() => window.platformProbe.upload('مشهد 1 / take?.mp4', [0, 1, 2, 250, 255]))
    expect(path.startsWith(bridge.importDir)).toBe(true)
    expect(path.endsWith('/take_.mp4')).toBe(true)
    expect([...(await readFile(path))]).toEqual([0, 1, 2, 250, 255])
  })

  it('keeps the token across a reload without it in the URL (sessionStorage)', async () => {
    await page.goto(bridge.origin + '/')
    await page.waitForFunction(() => (window as unknown as { platformReady?: boolean }).platformReady === true)
    expect((await page.evaluate(() => window.platformProbe.infoAndEvent())).transport).toBe('bridge')
  })
})
