import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtemp, readFile, rm, access } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { OP_NAMES } from '../../../src/shared/contract'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'

/**
 * The production build, made into a temp dir (the same `electron-vite build` npm run build runs), then
 * checked: a sandboxed preload can only require('electron'), so anything else left as require() would
 * make window.kindframe silently missing in the real app.
 */
let out: string
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'kf-build-'))
  await promisify(execFile)('npx', ['electron-vite', 'build', '--outDir', out], {
    cwd: process.cwd(),
    maxBuffer: 16 * 1024 * 1024
  })
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('built preload (out/preload/index.cjs)', () => {
  it('requires nothing but electron', async () => {
    const code = await readFile(join(out, 'preload', 'index.cjs'), 'utf8')
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(code).not.toMatch(/^\s*import\s/m)
    expect(code).not.toMatch(/\bimport\(/)
  })

  it('when run, exposes exactly window.kindframe = {invoke, subscribe, pathForFile, opNames} and never ipcRenderer', async () => {
    const code = await readFile(join(out, 'preload', 'index.cjs'), 'utf8')
    const exposed: Record<string, unknown> = {}
    const ipcRenderer = { invoke: async (...args: unknown[]) => ({ sent: args }), on() {}, removeListener() {} }
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer,
      webUtils: { getPathForFile: () => '/dropped/file.mp4' }
    }
    // The sandboxed preload's world: require('electron') and nothing else.
    const require = (id: string) => {
      if (id !== 'electron') throw new Error(`sandboxed preload cannot require("${id}")`)
      return electron
    }
    runInNewContext(code, { require, module: { exports: {} }, exports: {}, console })
    expect(Object.keys(exposed)).toEqual(['kindframe'])
    const api = exposed.kindframe as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual(['invoke', 'opNames', 'pathForFile', 'subscribe'])
    expect([...(api.opNames as string[])]).toEqual(OP_NAMES)
    expect(Object.values(api)).not.toContain(ipcRenderer)
    const invoke = api.invoke as (n: string, i: unknown) => Promise<unknown>
    expect(await invoke('app.info', {})).toEqual({ sent: ['kf:invoke', 'app.info', {}] })
    expect(await invoke('shell.openExternal', {})).toEqual({
      error: { code: 'unknown-op', message: 'Unknown operation "shell.openExternal".' }
    })
  })
})

describe('built main and renderer', () => {
  it('main loads the CommonJS preload that sits next to it', async () => {
    const main = await readFile(join(out, 'main', 'index.js'), 'utf8')
    expect(main).toContain('../preload/index.cjs')
    await access(join(out, 'preload', 'index.cjs'))
  })

  it('the renderer page carries the CSP meta tag from src/shared/csp.ts, before any script', async () => {
    const html = await readFile(join(out, 'renderer', 'index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })
})
