import { execFile } from 'node:child_process'
import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../../src/shared/export/manifest'
import type { PreflightReport } from '../../../src/shared/preflight'
import type { Project } from '../../../src/shared/project/schema'
import { makeClip, makeImage } from '../../helpers/media'
import { filesUnder, tempDir } from '../export/export-helpers'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const BIN = join(ROOT, 'bin', 'kindframe.mjs')

function kindframe(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
    })
  })
}

const srt = (cues: [string, string, string][]) =>
  cues.map(([a, b, t], i) => `${i + 1}\n${a} --> ${b}\n${t}\n`).join('\n')

describe('a series assembled, checked and exported from a script (spawned CLI)', () => {
  it('new → add → import-subtitles → check → export refuses, --only-ready, --allow-incomplete; media changed → relink', async () => {
    const dir = tempDir('kf-headless-')
    copyFileSync(await makeClip({ width: 320, height: 180, durationS: 3 }), join(dir, 'lunch.mp4'))
    copyFileSync(await makeImage(64, 64, 'orange'), join(dir, 'ana.png'))
    writeFileSync(
      join(dir, 'en.srt'),
      srt([
        ['00:00:00,000', '00:00:01,200', 'Save me a seat?'],
        ['00:00:01,300', '00:00:02,400', 'Sit with us.']
      ])
    )
    // The Malay file only has the first line: the second cue stays untranslated.
    writeFileSync(join(dir, 'ms.srt'), srt([['00:00:00,000', '00:00:01,200', 'Simpan tempat untukku?']]))
    const project = join(dir, 'kind.kindframe')

    const created = await kindframe([
      'new',
      project,
      '--title',
      'Kind S1',
      '--targets',
      'ms',
      '--preset',
      'draft-720x1280'
    ])
    expect([created.code, created.stderr]).toEqual([0, ''])
    expect((await kindframe(['new', project, '--title', 'Again'])).code).toBe(5) // never overwritten without --overwrite
    expect((await kindframe(['new', join(dir, 'x.kindframe')])).code).toBe(2)

    const added = await kindframe(
      [
        'add',
        project,
        'lunch.mp4',
        'ana.png',
        'gone.mp4',
        '--creator',
        'Ana Kindheart',
        '--handle',
        'ana.draws',
        '--photo',
        'ana.png'
      ],
      dir
    )
    expect(added.code).toBe(3) // two files refused, the good one added
    expect(added.stdout).toMatch(
      /✓ lunch-\w+ {2}"lunch" {2}00:00:03\.000 {2}320×180 {2}30 fps {2}audio {2}\(lunch\.mp4\)/
    )
    expect(added.stderr).toContain('ana.png: is a still image')
    expect(added.stderr).toContain('gone.mp4: no such file')
    const saved = JSON.parse(readFileSync(project, 'utf8')) as Project
    const clip = saved.clips[0]!
    expect(clip.creator).toEqual({ name: 'Ana Kindheart', handle: '@ana.draws', photo: 'ana.png' })
    expect(clip.mediaFingerprint?.sha256).toMatch(/^[0-9a-f]{64}$/)

    expect((await kindframe(['import-subtitles', project, clip.id, join(dir, 'en.srt')])).code).toBe(0)
    const again = await kindframe(['import-subtitles', project, clip.id, join(dir, 'en.srt')])
    expect([again.code, again.stderr]).toEqual([
      5,
      expect.stringContaining('already has 2 subtitle cues; not replacing them')
    ])
    const ms = await kindframe(['import-subtitles', project, clip.id, join(dir, 'ms.srt'), '--locale', 'ms', '--json'])
    expect(ms.code).toBe(0)
    expect(JSON.parse(ms.stdout)).toMatchObject({
      clipId: clip.id,
      locale: 'ms',
      translated: 1,
      untranslated: [expect.any(String)]
    })

    // check: the Malay output is incomplete, named down to the cue; exit 6.
    const checked = await kindframe(['check', project, '--json'])
    expect(checked.code).toBe(6)
    const report = JSON.parse(checked.stdout) as PreflightReport
    expect(report.outputs.map((o) => [o.locale, o.verdict])).toEqual([
      ['en', 'ready'],
      ['ms', 'incomplete']
    ])
    const missing = report.outputs[1]!.problems.find((p) => p.code === 'translation-missing')!
    expect(missing.message).toBe('Cue 2 has no ms translation: “Sit with us.”')
    expect(missing.target).toMatchObject({ kind: 'cue', clipId: clip.id, locale: 'ms' })
    const text = await kindframe(['check', project])
    expect(text.stdout).toContain('lunch [ms] — INCOMPLETE')
    expect(text.stdout).toContain('  ! Cue 1: the ms translation is still a draft.')

    // export refuses and writes nothing; --only-ready exports English and records Malay as skipped.
    const out = join(dir, 'out')
    const refused = await kindframe(['export', project, '--locales', 'en,ms', '--out', out])
    expect(refused.code).toBe(6)
    expect(refused.stdout).toContain('Pre-flight (draft-720x1280): 2 outputs · 1 ready · 1 incomplete')
    expect(refused.stderr).toContain('1 of 2 outputs are not ready (1 incomplete, 0 blocked); nothing was exported.')
    expect(existsSync(out)).toBe(false)

    const ready = await kindframe(['export', project, '--locales', 'en,ms', '--out', out, '--only-ready'])
    expect(ready.code, ready.stderr).toBe(0)
    expect(ready.stdout).toContain('1/1 exported to')
    expect(ready.stdout).toContain('1 not ready, skipped')
    expect(
      filesUnder(out)
        .filter((f) => f.endsWith('.mp4'))
        .map((f) => f.slice(out.length))
    ).toEqual(['/Kind S1/lunch.en.mp4'])
    const manifestFile = readdirSync(out).find((f) => f.endsWith('.json'))!
    const manifest = JSON.parse(readFileSync(join(out, manifestFile), 'utf8')) as Manifest
    expect(manifest).toMatchObject({
      version: 2,
      mode: 'ready',
      series: 'Kind S1',
      preflight: { total: 2, ready: 1, incomplete: 1 }
    })
    expect(manifest.rows.map((r) => [r.file, r.state, r.preflight?.verdict, r.cues, r.missing])).toEqual([
      ['Kind S1/lunch.en.mp4', 'done', 'ready', 2, 0],
      ['Kind S1/lunch.ms.mp4', 'skipped', 'incomplete', 1, 1]
    ])
    expect(manifest.rows[0]!.kindframeVersion).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version
    )
    expect(manifest.rows[0]!.ffmpegVersion).toBeTruthy()
    expect(manifest.rows[0]!.outputHash).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<title>Kind S1 — Kindframe export report</title>')

    // --allow-incomplete: Malay under its .incomplete name; English is already there (same version) and
    // is not overwritten without --overwrite, so that one output is left out and the exit code says so.
    const all = await kindframe(['export', project, '--locales', 'en,ms', '--out', out, '--allow-incomplete'])
    expect(all.code, all.stderr).toBe(5)
    expect(all.stdout).toContain('lunch.en.mp4 is already there, exported from this same version')
    const mp4s = filesUnder(out)
      .filter((f) => f.endsWith('.mp4'))
      .map((f) => f.slice(out.length))
      .sort()
    expect(mp4s).toEqual(['/Kind S1/lunch.en.mp4', '/Kind S1/lunch.ms.incomplete.mp4'])

    // The media is re-rendered after import: named by check; relink accepts it as it is now.
    appendFileSync(join(dir, 'lunch.mp4'), Buffer.alloc(64))
    const changed = await kindframe(['check', project, '--locales', 'en', '--overwrite'])
    expect(changed.code).toBe(6)
    expect(changed.stdout).toContain('The media file changed since it was imported (size')
    expect((await kindframe(['relink', project, clip.id])).code).toBe(0)
    const accepted = await kindframe(['check', project, '--locales', 'en', '--overwrite'])
    expect([accepted.code, accepted.stdout]).toEqual([0, expect.not.stringContaining('changed since it was imported')])
    // a dozen spawned CLIs (each a fresh Node + tsx start-up) and three exports: past the default on a loaded 2-core machine
  }, 300_000)
})
