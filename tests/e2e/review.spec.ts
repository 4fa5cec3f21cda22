import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeClip, makeImage } from '../helpers/media'
import { Project, PROJECT_VERSION, type ProjectInput } from '../../src/shared/project/schema'
import { setTranslation } from '../../src/shared/subtitles/translations'
import { mark, openByPath, openStudio, waitForSignal } from './harness'

test.describe.configure({ mode: 'serial' })

type ClipInput = NonNullable<ProjectInput['clips']>[number]

/** The import record Kindframe keeps (what `kindframe add` and the studio's import write). */
function fingerprint(path: string) {
  const s = statSync(path)
  return {
    sizeBytes: s.size,
    mtimeMs: Math.round(s.mtimeMs),
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex')
  }
}

function writeProject(dir: string, clips: ClipInput[], extra: Partial<ProjectInput> = {}): string {
  const path = join(dir, 'series.kindframe')
  const project = Project.parse({
    kind: 'kindframe-project',
    version: PROJECT_VERSION,
    series: { title: 'Review' },
    sourceLocale: 'en',
    export: { presetId: 'draft-720x1280' },
    clips,
    ...extra
  })
  writeFileSync(path, JSON.stringify(project, null, 2))
  return path
}

async function openReview(page: Page, outDir: string, videos: number): Promise<number> {
  await page.getByRole('tab', { name: 'Export' }).click()
  const panel = page.getByRole('tabpanel')
  await panel.getByLabel('Output folder').fill(outDir)
  const since = await mark(page)
  await panel.getByRole('button', { name: `Export ${videos} videos` }).click()
  await waitForSignal(page, 'review-ready', since)
  return since
}

test('Export opens the review: a kinder word in place, a jump to the missing cue, then "Export only the ready ones"', async ({
  page
}, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-review-'))
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 2, toneHz: 520 }), join(dir, 'lunch.mp4'))
  copyFileSync(await makeImage(64, 64, 'orange'), join(dir, 'mira.png'))
  const cues = [
    { id: 'q1', startMs: 0, endMs: 900, text: "You're pathetic." },
    { id: 'q2', startMs: 1000, endMs: 1900, text: 'Sit with us.' }
  ]
  const track = setTranslation({ cues, translations: {} }, 'ms', 'q2', 'Duduklah bersama kami.', 'done')
  const path = writeProject(
    dir,
    [
      {
        id: 'lunch',
        title: 'Lunch',
        media: 'lunch.mp4',
        probe: { durationMs: 2000, width: 320, height: 180, fps: 30, hasAudio: true },
        mediaFingerprint: fingerprint(join(dir, 'lunch.mp4')),
        creator: { name: 'Mira', handle: '@mira', photo: 'mira.png' },
        track
      }
    ],
    { targetLocales: ['ms'], endCard: { enabled: false } }
  )
  await openStudio(page, { lng: 'en' })
  await openByPath(page, path)
  const out = join(dir, 'out')
  await openReview(page, out, 2)

  const review = page.getByRole('dialog', { name: 'Review before export' })
  await expect(review.getByTestId('review-summary')).toHaveText(
    '2 to export · 1 ready · 1 incomplete · 0 cannot be written'
  )
  const ms = review.getByTestId('review-output').and(page.locator('[data-locale="ms"]'))
  await expect(ms).toHaveAttribute('data-verdict', 'incomplete')
  await expect(ms.locator('[data-code="translation-missing"]')).toContainText(
    "Cue 1 has no ms translation: “You're pathetic.”"
  )
  await expect(ms).toContainText('Saved as Review/Lunch.ms.incomplete.mp4: incomplete, never under its final name')

  // The reconsider moment: the words marked, kinder wording one click away, never a block.
  const reconsider = review.getByTestId('review-reconsider')
  await expect(reconsider.locator('mark')).toHaveText('pathetic')
  await expect(review.getByTestId('review-export-all')).toBeEnabled()
  await page.screenshot({ path: info.outputPath('review.png') })
  await reconsider.locator('.kf-suggestion').first().click()
  await expect(review.getByTestId('review-reconsider')).toHaveCount(0)

  // The link jumps to the cue: the review closes, the Translate tab shows cue 1, its field has focus.
  await ms.getByRole('button', { name: 'Open cue 1' }).click()
  await expect(review).toHaveCount(0)
  await expect(page.getByRole('tab', { name: 'Translate' })).toHaveAttribute('aria-selected', 'true')
  const field = page.getByTestId('translation-text')
  await expect(field).toBeFocused()
  await field.fill('Kau dijemput duduk.')

  // Back to Export (the form kept its folder): now every video is ready.
  await page.getByRole('tab', { name: 'Export' }).click()
  await expect(page.getByRole('tabpanel').getByLabel('Output folder')).toHaveValue(out)
  const since = await mark(page)
  await page.getByRole('tabpanel').getByRole('button', { name: 'Export 2 videos' }).click()
  await waitForSignal(page, 'review-ready', since)
  await expect(review.getByTestId('review-summary')).toHaveText('Every video is ready.')
  await expect(
    review
      .getByTestId('review-output')
      .and(page.locator('[data-locale="ms"]'))
      .locator('[data-code="translation-draft"]')
  ).toBeVisible()
  const started = await mark(page)
  await review.getByRole('button', { name: 'Export only the ready ones (2)' }).click()
  expect(await waitForSignal(page, 'export-started', started)).toMatchObject({ jobs: 2, mode: 'ready' })
  const manifest = await waitForSignal(page, 'export-manifest', started, 170_000)
  expect(manifest.reportPath).toBe(join(out, 'report.html'))
  await expect(page.getByRole('tabpanel').getByTestId('report-path').last()).toContainText(join(out, 'report.html'))
  const jobs = await page.evaluate(
    (from) => window.__kindframe!.events.slice(from).filter((e) => e.type === 'export-job'),
    started
  )
  expect(jobs.map((j) => [j.state, String(j.outputPath).slice(out.length)]).sort()).toEqual([
    ['done', '/Review/Lunch.en.mp4'],
    ['done', '/Review/Lunch.ms.mp4']
  ])
})

test('bad input is named in the review (media changed, no translation, a character no font has, a different version in the folder); axe; Export all', async ({
  page
}, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-review-bad-'))
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1, toneHz: 610 }), join(dir, 'a.mp4'))
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1, toneHz: 620 }), join(dir, 'b.mp4'))
  copyFileSync(await makeImage(64, 64, 'orange'), join(dir, 'face.png'))
  const probe = { durationMs: 1000, width: 320, height: 180, fps: 30, hasAudio: true }
  const creator = { name: 'Ana', handle: '@ana', photo: 'face.png' }
  const cues = [{ id: 'q1', startMs: 0, endMs: 800, text: 'Hello there.' }]
  const a = {
    id: 'a',
    title: 'Alpha',
    media: 'a.mp4',
    probe,
    creator,
    mediaFingerprint: fingerprint(join(dir, 'a.mp4')),
    track: { cues, translations: {} }
  }
  const b = {
    id: 'b',
    title: 'Beta',
    media: 'b.mp4',
    probe,
    creator,
    mediaFingerprint: fingerprint(join(dir, 'b.mp4')),
    track: setTranslation({ cues, translations: {} }, 'id', 'q1', 'Halo \u{10FFFD}', 'done')
  }
  const path = writeProject(dir, [a, b], { targetLocales: ['id'], endCard: { enabled: false } })
  appendFileSync(join(dir, 'a.mp4'), Buffer.alloc(128)) // re-rendered after import
  const out = join(dir, 'out')
  mkdirSync(join(out, 'Review'), { recursive: true })
  writeFileSync(join(out, 'Review', 'Beta.en.mp4'), 'someone else’s version')

  await openStudio(page, { lng: 'en' })
  await openByPath(page, path)
  await openReview(page, out, 4)
  const review = page.getByRole('dialog', { name: 'Review before export' })
  await expect(review.getByTestId('review-summary')).toHaveText(
    '4 to export · 0 ready · 3 incomplete · 1 cannot be written'
  )
  const output = (clip: string, locale: string) =>
    review.locator(`[data-testid="review-output"][data-clip="${clip}"][data-locale="${locale}"]`)
  await expect(output('a', 'en').locator('[data-code="media-changed"]')).toContainText(
    'The media file changed since it was imported (size'
  )
  await expect(output('a', 'id').locator('[data-code="translation-none"]')).toContainText(
    'No id translation at all: none of the 1 cues would have subtitles.'
  )
  await expect(output('b', 'id').locator('[data-code="font-missing-glyph"]')).toContainText(
    '(U+10FFFD), used in cue 1: it would be burned in as an empty box.'
  )
  await expect(output('b', 'en')).toHaveAttribute('data-verdict', 'blocked')
  await expect(output('b', 'en').locator('[data-code="output-exists"]')).toContainText(
    'The output folder already holds a different version of Review/Beta.en.mp4 (no manifest in this folder records it)'
  )
  await expect(review.getByTestId('review-export-ready')).toBeDisabled()
  await page.screenshot({ path: info.outputPath('review-bad-input.png') })

  const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // Export all: the incomplete ones under ".incomplete.mp4"; the blocked one is left out, the other version kept.
  const started = await mark(page)
  await review.getByRole('button', { name: 'Export all (3)' }).click()
  expect(await waitForSignal(page, 'export-started', started)).toMatchObject({ jobs: 3, mode: 'all' })
  const finished = await waitForSignal(page, 'export-manifest', started, 170_000)
  const manifest = JSON.parse(readFileSync(String(finished.manifestPath), 'utf8')) as {
    rows: { file: string; state: string; incomplete: boolean }[]
  }
  expect(manifest.rows.map((r) => [r.file, r.state, r.incomplete]).sort()).toEqual([
    ['Review/Alpha.en.incomplete.mp4', 'done', true],
    ['Review/Alpha.id.incomplete.mp4', 'done', true],
    ['Review/Beta.en.mp4', 'skipped', false],
    ['Review/Beta.id.incomplete.mp4', 'done', true]
  ])
  expect(readFileSync(join(out, 'Review', 'Beta.en.mp4'), 'utf8')).toBe('someone else’s version')
})
