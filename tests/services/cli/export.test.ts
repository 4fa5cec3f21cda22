import { execFile, spawn } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { makeClip } from '../../helpers/media'
import { filesUnder, tempDir } from '../export/export-helpers'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const BIN = join(ROOT, 'bin', 'kindframe.mjs')

function kindframe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
    })
  })
}

async function projectFile(durationS = 1): Promise<{ dir: string; file: string }> {
  const dir = tempDir('kf-cli-')
  copyFileSync(await makeClip({ width: 320, height: 180, durationS }), join(dir, 'clip.mp4'))
  const file = join(dir, 'series.kindframe')
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'kindframe-project',
      version: 1,
      series: { title: 'Kind' },
      sourceLocale: 'en',
      endCard: { enabled: false },
      clips: [
        {
          id: 'c1',
          title: 'First',
          media: 'clip.mp4',
          track: {
            cues: [{ id: 'q', startMs: 0, endMs: 500, text: 'Hi' }],
            translations: { ms: { q: { text: 'Hai', status: 'done' } } }
          }
        }
      ]
    })
  )
  return { dir, file }
}

describe('kindframe export (spawned)', () => {
  it('--json: one event per line, files + manifest, exit 0; again without --overwrite: exit 5, files kept', async () => {
    const { dir, file } = await projectFile()
    const out = join(dir, 'out')
    const ran = await kindframe([
      'export',
      file,
      '--locales',
      'en,ms',
      '--preset',
      'draft-720x1280',
      '--out',
      out,
      '--json'
    ])
    expect(ran.stderr).toBe('')
    expect(ran.code).toBe(0)
    const events = ran.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { event: string; manifestPath?: string; jobs?: { state: string; outputPath: string }[] }
      )
    expect(new Set(events.map((e) => e.event))).toEqual(new Set(['preflight', 'job', 'batch', 'done']))
    expect(events[0]!.event).toBe('preflight')
    const done = events.at(-1)!
    expect(done.event).toBe('done')
    expect(done.jobs!.map((j) => [j.state, j.outputPath.slice(out.length)])).toEqual([
      ['done', '/Kind/First.en.mp4'],
      ['done', '/Kind/First.ms.mp4']
    ])
    expect(existsSync(done.manifestPath!)).toBe(true)
    const before = readFileSync(join(out, 'Kind', 'First.en.mp4'))

    const again = await kindframe(['export', file, '--locales', 'en', '--preset', 'draft-720x1280', '--out', out])
    // Pre-flight sees the file from the first run (same version, per the manifest) and refuses before encoding.
    expect(again.code).toBe(5)
    expect(again.stdout).toContain(
      'Kind/First.en.mp4 is already there, exported from this same version; not overwriting it without overwrite.'
    )
    expect(again.stderr).toContain('nothing was exported')
    expect(readFileSync(join(out, 'Kind', 'First.en.mp4')).equals(before)).toBe(true)
  })

  it('usage errors exit 2; a missing project exits 3', async () => {
    expect((await kindframe(['export'])).code).toBe(2)
    expect((await kindframe(['export', 'x.kindframe', '--preset', 'vhs'])).code).toBe(2)
    expect((await kindframe(['export', '/nowhere/x.kindframe'])).code).toBe(3)
  })

  it('Ctrl-C cancels cleanly: exit 130, no partial or final file', async () => {
    const { dir, file } = await projectFile(8)
    const out = join(dir, 'out')
    const child = spawn(process.execPath, [BIN, 'export', file, '--preset', 'tiktok-9x16', '--out', out, '--json'], {
      cwd: ROOT
    })
    let buffer = ''
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        if (/"state":"running","percent":[1-9]/.test(buffer) && !child.killed) child.kill('SIGINT')
      })
      child.on('close', resolve)
    })
    expect(code).toBe(130)
    // Nothing was exported, so the folders the run created are gone too (issue 15).
    expect(existsSync(out) ? filesUnder(out).filter((f) => f.endsWith('.mp4')) : []).toEqual([])
  })
})
