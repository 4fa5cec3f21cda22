import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { makeClip, makeImage } from '../helpers/media'
import { Project, PROJECT_VERSION } from '../../src/shared/project/schema'
import { setTranslation } from '../../src/shared/subtitles/translations'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function kindframe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'kindframe.mjs'), ...args],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

test('report.html: the series contact sheet renders offline in Chromium, every image loads, axe finds nothing serious, it prints', async ({
  page
}, info) => {
  test.setTimeout(240_000)
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-report-'))
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 2, toneHz: 700 }), join(dir, 'walk.mp4'))
  copyFileSync(await makeImage(64, 64, 'orange'), join(dir, 'kofi.png'))
  const cues = [
    { id: 'q1', startMs: 0, endMs: 800, text: 'He walked away.' },
    { id: 'q2', startMs: 900, endMs: 1400, text: 'Not losing.' }
  ]
  let track = setTranslation({ cues, translations: {} }, 'ms', 'q1', 'Dia beredar pergi.', 'done')
  track = setTranslation(track, 'ms', 'q2', 'Bukan kalah.', 'done')
  const s = statSync(join(dir, 'walk.mp4'))
  const { createHash } = await import('node:crypto')
  const project = Project.parse({
    kind: 'kindframe-project',
    version: PROJECT_VERSION,
    series: { title: 'Walk Away <Series> & Co' },
    sourceLocale: 'en',
    targetLocales: ['ms'],
    endCard: { enabled: true, durationMs: 1500, transition: { kind: 'fade', durationMs: 300 } },
    clips: [
      {
        id: 'walk',
        title: 'Walk Away',
        media: 'walk.mp4',
        probe: { durationMs: 2000, width: 320, height: 180, fps: 30, hasAudio: true },
        mediaFingerprint: {
          sizeBytes: s.size,
          mtimeMs: Math.round(s.mtimeMs),
          sha256: createHash('sha256')
            .update(readFileSync(join(dir, 'walk.mp4')))
            .digest('hex')
        },
        creator: { name: 'Kofi Amberlane', handle: '@kofi', photo: 'kofi.png' },
        track
      }
    ]
  })
  const projectPath = join(dir, 'walk.kindframe')
  writeFileSync(projectPath, JSON.stringify(project, null, 2))
  const out = join(dir, 'out')
  const ran = await kindframe(['export', projectPath, '--locales', 'en,ms', '--preset', 'draft-720x1280', '--out', out])
  expect(ran.code, ran.stderr + ran.stdout).toBe(0)
  expect(ran.stdout).toContain(`Report: ${join(out, 'report.html')}`)

  // Offline: nothing but the file itself (a request elsewhere would fail the page).
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(pathToFileURL(join(out, 'report.html')).href)
  await expect(page).toHaveTitle('Walk Away <Series> & Co — Kindframe export report')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walk Away <Series> & Co')
  const articles = page.locator('article')
  await expect(articles).toHaveCount(2)
  await expect(articles.nth(0).getByRole('heading', { level: 3 })).toHaveText('Walk Away (en)')
  await expect(articles.nth(0)).toContainText('Ready')
  await expect(articles.nth(0)).toContainText('LUFS integrated')
  await expect(articles.nth(1)).toContainText('2 cues · 0 missing · 0 draft · 0 outdated')
  // Three frames of the clip and one of the end card per output, all decoded.
  const images = page.locator('article img')
  await expect(images).toHaveCount(8)
  await expect(page.getByRole('img', { name: /end card at/ })).toHaveCount(2)
  const sizes = await images.evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((i) => ({ complete: i.complete, w: i.naturalWidth, h: i.naturalHeight }))
  )
  for (const size of sizes) expect(size).toMatchObject({ complete: true, w: 180, h: 320 })
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([])
  await page.screenshot({ path: info.outputPath('report.png'), fullPage: true })

  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // Printable: the print stylesheet applies and Chromium prints it to PDF.
  await page.emulateMedia({ media: 'print' })
  expect(await articles.first().evaluate((a) => getComputedStyle(a).breakInside)).toBe('avoid')
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(pdf.length).toBeGreaterThan(20_000)
})
