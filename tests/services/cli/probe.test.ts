import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { makeClip } from '../../helpers/media'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Runs the real CLI in a child process, as a user would. */
function kindframe(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'kindframe.mjs'), ...args],
      { cwd: ROOT, env },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

describe('kindframe probe (spawned)', () => {
  it('prints one JSON line per file with --json and exits 0 when all are usable', async () => {
    const a = await makeClip({ width: 160, height: 90, durationS: 1 })
    const b = await makeClip({ width: 90, height: 160, durationS: 1, audio: false })
    const r = await kindframe(['probe', '--json', a, b])
    expect(r.code).toBe(0)
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.path, l.probe.width, l.probe.height, l.probe.hasAudio, l.probe.durationMs])).toEqual([
      [a, 160, 90, true, 1000],
      [b, 90, 160, false, 1000]
    ])
  })

  it('exits 3 for bad input, still reporting the good files, with reasons naming each file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-cli-'))
    const good = join(dir, `clip "1" #a [b] ਸ਼ਬਦ.mp4`)
    copyFileSync(await makeClip({ width: 160, height: 90, durationS: 1 }), good)
    const text = join(dir, 'notes.mp4')
    writeFileSync(text, 'just words\n'.repeat(30))
    const r = await kindframe(['probe', '--json', good, text, join(dir, 'missing.mp4')])
    expect(r.code).toBe(3)
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'not-media', 'not-found'])
    expect(lines[1].error.message.startsWith(`${text}: `)).toBe(true)
  })

  it('prints a readable table without --json', async () => {
    const a = await makeClip({ width: 160, height: 90, durationS: 1, rotation: 90, audio: false })
    const r = await kindframe(['probe', a])
    expect(r.code).toBe(0)
    const [header, row] = r.stdout.trim().split('\n')
    expect(header.split(/\s{2,}/)).toEqual([
      'file',
      'duration',
      'size',
      'shown as',
      'fps',
      'rot',
      'sar',
      'colour',
      'audio',
      'codecs'
    ])
    expect(row.split(/\s{2,}/)).toEqual([a, '00:01.000', '160×90', '90×160', '30', '270°', '1', 'SDR', 'no', 'h264'])
  })

  it('exits 2 for usage errors and 4 when ffmpeg cannot be found', async () => {
    expect((await kindframe(['probe'])).code).toBe(2)
    expect((await kindframe(['probe', '--frobnicate', 'x.mp4'])).code).toBe(2)
    const a = await makeClip({ width: 160, height: 90, durationS: 1 })
    const r = await kindframe(['probe', a], {
      ...process.env,
      PATH: '/nonexistent',
      KINDFRAME_FFMPEG: '/nonexistent/ffmpeg'
    })
    expect(r.code).toBe(4)
    expect(r.stderr).toContain('No working ffmpeg found')
  })
})
