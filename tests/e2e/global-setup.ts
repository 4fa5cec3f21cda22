import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FullConfig } from '@playwright/test'
import { startBridge } from '../../src/bridge/server'

/**
 * Starts one browser bridge for the run, serving the BUILT renderer (out/renderer), and tells the
 * tests where it is through KINDFRAME_URL. Playwright calls the returned function at teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url))
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new Error(`${rendererDir}/index.html is missing: run \`npx electron-vite build\` before Playwright (npm test does).`)
  }
  const bridge = await startBridge({ port: 0, rendererDir })
  process.env.KINDFRAME_URL = bridge.url
  process.env.KINDFRAME_IMPORT_DIR = bridge.importDir
  return () => bridge.close()
}
