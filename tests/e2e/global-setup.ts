import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FullConfig } from '@playwright/test'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Starts one browser bridge for the run, serving the BUILT renderer (out/renderer), and tells the
 * tests where it is through KINDFRAME_URL. Playwright calls the returned function at teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // KINDFRAME_RENDERER_DIR: a private copy of the build, so a teammate rebuilding out/ mid-run cannot pull it away.
  const rendererDir = process.env.KINDFRAME_RENDERER_DIR ?? `${ROOT}out/renderer`
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new Error(
      `${rendererDir}/index.html is missing: run \`npx electron-vite build\` before Playwright (npm test does).`
    )
  }
  // Recovery files of unsaved test projects go to a per-run folder, not the user's ~/.kindframe.
  const recoveryDir = mkdtempSync(join(tmpdir(), 'kf-e2e-recovery-'))
  const child = spawn(
    process.execPath,
    [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}tests/e2e/bridge-process.ts`, rendererDir],
    {
      cwd: ROOT,
      env: { ...process.env, KINDFRAME_RECOVERY_DIR: recoveryDir },
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  const started = await new Promise<{ url: string; importDir: string }>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('The bridge did not start within 60 s.')), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) {
        clearTimeout(timer)
        resolve(JSON.parse(line))
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The bridge process exited with code ${code} before it was ready.`))
    })
  })
  process.env.KINDFRAME_URL = started.url
  process.env.KINDFRAME_IMPORT_DIR = started.importDir
  process.env.KINDFRAME_RECOVERY_DIR = recoveryDir
  return async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
}
