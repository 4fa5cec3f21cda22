import { expect, test } from '@playwright/test'
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ffprobeJson, makeClip, makeImage } from '../helpers/media'
import { Clip, newProject, Project } from '../../src/shared/project/schema'
import { createProject, importByPath, mark, openByPath, openStudio, saveAs, waitForSignal } from './harness'

test.describe.configure({ mode: 'serial' })

test('create, import, export 1080×1920 H.264/AAC, save and reopen', async ({ page }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'))
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })

  await createProject(page, 'Kind Series')
  const projectPath = join(dir, 'kind.kindframe')
  await saveAs(page, projectPath)

  const imported = await importByPath(page, [clip])
  expect(imported).toMatchObject({ added: 1, rejected: 0 })
  const bin = page.getByRole('complementary', { name: 'Clip bin' })
  const card = bin.locator('.clip-card').first()
  await expect(card.getByRole('img')).toHaveAttribute('src', /^data:image\/jpeg;base64,/)
  await expect(card.getByTestId('clip-duration')).toHaveText('0:02')
  await expect(card).toHaveClass(/selected/)
  await page.screenshot({ path: testInfo.outputPath('imported.png') })

  // The end card reveals the human: without a name, @handle and photo the review calls the video incomplete.
  await page.getByRole('tab', { name: 'Clip' }).click()
  await page.getByLabel('Name', { exact: true }).fill('Mira Kindwell')
  await page.getByLabel('Handle (e.g. @name)').fill('@mira')
  await page.getByLabel('Photo or short video').fill(await makeImage(64, 64, 'orange'))

  // Export only the source locale to keep the run short on 2 cores.
  await page.getByRole('tab', { name: 'Export' }).click()
  const panel = page.getByRole('tabpanel')
  for (const locale of ['ms', 'ar']) await panel.getByRole('checkbox', { name: locale }).uncheck()
  await panel.getByLabel('Output folder').fill(join(dir, 'out'))
  const reviewed = await mark(page)
  await panel.getByRole('button', { name: 'Export 1 video' }).click()
  await waitForSignal(page, 'review-ready', reviewed)
  const review = page.getByRole('dialog', { name: 'Review before export' })
  await expect(review.getByTestId('review-summary')).toHaveText('Every video is ready.')
  const since = await mark(page)
  await review.getByRole('button', { name: 'Export all (1)' }).click()
  const finished = await waitForSignal(page, 'export-job', since, 150_000)
  expect(finished, JSON.stringify(finished)).toMatchObject({ state: 'done' })
  const manifest = await waitForSignal(page, 'export-manifest', since, 30_000)
  await expect(panel.getByTestId('manifest-path')).toContainText(String(manifest.manifestPath))
  expect(existsSync(String(manifest.manifestPath))).toBe(true)
  const job = panel.locator('.job').first()
  await expect(job.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')
  await expect(job).toHaveAttribute('data-state', 'done')
  await page.screenshot({ path: testInfo.outputPath('exported.png') })

  const probe = await ffprobeJson(String(finished.outputPath))
  const video = probe.streams.find((s) => s.codec_type === 'video')
  const audio = probe.streams.find((s) => s.codec_type === 'audio')
  expect({ codec: video?.codec_name, width: video?.width, height: video?.height }).toEqual({
    codec: 'h264',
    width: 1080,
    height: 1920
  })
  expect(audio?.codec_name).toBe('aac')

  // Rename the clip (an edit), save with the keyboard, reload the page and reopen from disk.
  await page.getByRole('tab', { name: 'Clip' }).click()
  await page.getByLabel('Clip title').fill('Lunch table')
  await expect(page).toHaveTitle('• Kind Series — Kindframe')
  const beforeSave = await mark(page)
  await page.keyboard.press('Control+s')
  await waitForSignal(page, 'project-saved', beforeSave)
  await expect(page.locator('.dirty')).toHaveCount(0)

  await expect(page).toHaveTitle('Kind Series — Kindframe')
  await openStudio(page, { lng: 'en' })
  // The welcome screen offers the last project (remembered in localStorage).
  const reopened = await mark(page)
  await page.getByRole('button', { name: `Open ${projectPath}` }).click()
  const opened = await waitForSignal(page, 'project-opened', reopened)
  expect(opened).toMatchObject({ clips: 1, recovery: false })
  await expect(bin.getByText('Lunch table')).toBeVisible()
  await expect(bin.locator('.clip-card').first().getByTestId('clip-duration')).toHaveText('0:02')
})

test('export queue: unsaved projects are asked to save first; Cancel all, then Retry a cancelled job', async ({
  page
}, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'))
  const clip = await makeClip({ width: 320, height: 180, durationS: 3, toneHz: 660 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Queue')
  await importByPath(page, [clip])
  await page.getByRole('tab', { name: 'Export' }).click()
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByRole('status')).toHaveText(
    'Save the project first: media paths are stored relative to the project file.'
  )
  await panel.getByRole('button', { name: 'Save project as' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save project as' })
  await dialog.getByRole('textbox').fill(join(dir, 'queue.kindframe'))
  const saved = await mark(page)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await waitForSignal(page, 'project-saved', saved)

  // /^en\b/: the source locale's box ("en (source)"), not "Render on workers", whose name contains "en".
  await panel.getByRole('checkbox', { name: /^en\b/ }).uncheck()
  await panel.getByLabel('Output folder').fill(join(dir, 'out'))
  // A second clip: "only the selected clip" keeps the batch to the one selected.
  await importByPath(page, [await makeClip({ width: 320, height: 180, durationS: 1, toneHz: 550 })])
  await expect(panel.getByRole('button', { name: 'Export 4 videos' })).toBeVisible()
  await page.getByRole('complementary', { name: 'Clip bin' }).getByRole('button', { name: /a660/ }).click()
  await panel.getByRole('checkbox', { name: 'Only the selected clip' }).check()
  await panel.getByRole('button', { name: 'Export 2 videos' }).click()
  // No creator on the end card and no subtitles: both are incomplete; "Export all" writes them as .incomplete.mp4.
  const review = page.getByRole('dialog', { name: 'Review before export' })
  await expect(review.getByTestId('review-summary')).toHaveText(
    '2 to export · 0 ready · 2 incomplete · 0 cannot be written'
  )
  await review.getByRole('button', { name: 'Export all (2)' }).click()
  // The bridge (and its queue) lives for the whole run: earlier tests' jobs are listed too.
  const jobs = panel.locator('.job').filter({ hasText: 'a660' })
  await expect(jobs).toHaveCount(2)
  await expect(panel.locator('.job').filter({ hasText: 'a550' })).toHaveCount(0)
  await expect(jobs.first()).toHaveAttribute('data-state', /queued|running/)
  const since = await mark(page)
  await panel.getByRole('button', { name: 'Cancel all' }).click()
  await waitForSignal(page, 'export-job', since)
  await expect(jobs.nth(0)).toHaveAttribute('data-state', 'cancelled')
  await expect(jobs.nth(1)).toHaveAttribute('data-state', 'cancelled')
  await expect(jobs.nth(0).getByText('Cancelled')).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Cancel all' })).toBeDisabled()

  await jobs.nth(0).getByRole('button', { name: 'Retry' }).click()
  await expect(jobs.nth(0)).toHaveAttribute('data-state', /queued|running|verifying|done/)
  await expect(jobs.nth(1)).toHaveAttribute('data-state', 'cancelled')
  // Don't spend the shared CPU on a full encode here: the main flow already exports to the end.
  await jobs
    .nth(0)
    .getByRole('button', { name: 'Cancel' })
    .click({ timeout: 5000 })
    .catch(() => undefined)
  await page.screenshot({ path: info.outputPath('queue.png') })
})

test('export queue: cancelling one language of a clip restarts the other (one shared ffmpeg run), and its row says so', async ({
  page
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'))
  // Long enough that both languages are still encoding when one is cancelled.
  const clip = await makeClip({ width: 320, height: 180, durationS: 8, toneHz: 770 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Restart')
  await importByPath(page, [clip])
  await page.getByRole('tab', { name: 'Export' }).click()
  const panel = page.getByRole('tabpanel')
  await panel.getByRole('button', { name: 'Save project as' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save project as' })
  await dialog.getByRole('textbox').fill(join(dir, 'restart.kindframe'))
  const saved = await mark(page)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await waitForSignal(page, 'project-saved', saved)
  await panel.getByRole('checkbox', { name: /^en\b/ }).uncheck()
  await panel.getByLabel('Output folder').fill(join(dir, 'out'))
  // The bridge (and its queue) lives for the whole run: only this batch's two rows count.
  const rows = panel.locator('.job').filter({ hasText: 'a770' })
  const before = await rows.count()
  await panel.getByRole('button', { name: 'Export 2 videos' }).click()
  await page
    .getByRole('dialog', { name: 'Review before export' })
    .getByRole('button', { name: 'Export all (2)' })
    .click()
  await expect(rows).toHaveCount(before + 2)
  const jobs = { nth: (i: number) => rows.nth(before + i) }
  await expect(jobs.nth(1)).toHaveAttribute('data-state', 'running')
  const cancelledLocale = /\(([^)]+)\)$/.exec((await jobs.nth(1).locator('.job-title').textContent()) ?? '')![1]
  await jobs.nth(1).getByRole('button', { name: 'Cancel' }).click()
  await expect(jobs.nth(1)).toHaveAttribute('data-state', 'cancelled')
  await expect(jobs.nth(0).getByTestId('job-restarted')).toHaveText(
    `Restarted: it shared one ffmpeg run with ${cancelledLocale}, which was cancelled`
  )
  await expect(jobs.nth(0)).toHaveAttribute('data-state', /queued|running/)
  await expect(jobs.nth(1).getByTestId('job-restarted')).toHaveCount(0)
  // Don't spend the shared CPU on the full encode: the main flow already exports to the end.
  await jobs
    .nth(0)
    .getByRole('button', { name: 'Cancel' })
    .click({ timeout: 5000 })
    .catch(() => undefined)
})

test('the review reconsider moment: kindness findings never block under "review"; "block-on-errors" blocks the output', async ({
  page
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'))
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 2 }), join(dir, 'lunch.mp4'))
  const write = (policy: 'review' | 'block-on-errors') => {
    const base = newProject('Lint gate')
    const project = {
      ...base,
      lint: { ...base.lint, policy },
      endCard: { ...base.endCard, enabled: false },
      clips: [
        Clip.parse({
          id: 'lunch',
          title: 'Lunch',
          media: 'lunch.mp4',
          script: { en: 'Calm down sweetie, you are overreacting.' }
        })
      ]
    }
    const path = join(dir, `${policy}.kindframe`)
    writeFileSync(path, JSON.stringify(Project.parse(project), null, 2))
    return path
  }
  await openStudio(page, { lng: 'en' })
  for (const policy of ['review', 'block-on-errors'] as const) {
    await openByPath(page, write(policy))
    await page.getByRole('tab', { name: 'Export' }).click()
    const since = await mark(page)
    await page.getByRole('tabpanel').getByRole('button', { name: 'Export 1 video' }).click()
    await waitForSignal(page, 'review-ready', since)
    const review = page.getByRole('dialog', { name: 'Review before export' })
    const output = review.getByTestId('review-output')
    if (policy === 'review') {
      await expect(review.getByTestId('reconsider-item').first()).toContainText('Lunch (en)')
      await expect(review.getByTestId('review-reconsider').locator('mark').first()).toHaveText('you are overreacting')
      await expect(output).toHaveAttribute('data-verdict', 'ready')
      await expect(review.getByTestId('review-export-all')).toBeEnabled()
      await review.getByRole('button', { name: 'Cancel' }).click()
    } else {
      await expect(output).toHaveAttribute('data-verdict', 'blocked')
      await expect(review.getByTestId('review-export-all')).toBeDisabled()
      await expect(review.getByTestId('review-export-ready')).toBeDisabled()
    }
  }
  await page.getByTestId('review-reconsider').getByRole('button', { name: 'Open the script, line 1' }).first().click()
  await expect(page.getByRole('tab', { name: 'Script' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('script-editor')).toBeFocused()
})
