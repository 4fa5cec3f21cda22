import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeClip, makeImage } from '../helpers/media'
import { createProject, importByPath, openStudio, saveAs } from './harness'

test.describe.configure({ mode: 'serial' })

/** Seeks by clicking the timeline's waveform strip (100 px per second at the default zoom). */
async function seekTimeline(page: Page, ms: number): Promise<void> {
  const content = page.getByTestId('timeline-content')
  const box = await content.boundingBox()
  if (!box) throw new Error('timeline not visible')
  await page.getByTestId('timeline-scroll').evaluate((el) => (el.scrollLeft = 0))
  await content.click({ position: { x: ms / 10, y: 20 } })
}

/** Mean absolute RGB difference between two PNG screenshots, over the bottom `fraction` of the image. */
async function regionDiff(page: Page, a: Buffer, b: Buffer, top: number, bottom: number): Promise<number> {
  return page.evaluate(
    async ([pa, pb, t, bt]) => {
      const load = async (b64: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.width
        c.height = img.height
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, img.width, img.height)
      }
      const [ia, ib] = [await load(pa as string), await load(pb as string)]
      const y0 = Math.floor(ia.height * (t as number))
      const y1 = Math.floor(ia.height * (bt as number))
      let sum = 0
      let n = 0
      for (let y = y0; y < y1; y++)
        for (let x = 0; x < ia.width; x++) {
          const i = (y * ia.width + x) * 4
          sum +=
            Math.abs(ia.data[i] - ib.data[i]) +
            Math.abs(ia.data[i + 1] - ib.data[i + 1]) +
            Math.abs(ia.data[i + 2] - ib.data[i + 2])
          n++
        }
      return sum / n
    },
    [a.toString('base64'), b.toString('base64'), top, bottom] as const
  )
}

/**
 * Hovers the lint mark with `word` the way a user does: the pointer goes to where the word is drawn.
 * The marks sit behind the textarea (it takes the pointer events), so Playwright's element hover
 * would refuse; the editor finds the mark from the mouse position.
 */
async function hoverMark(page: Page, scope: Locator, word: string): Promise<Locator> {
  const box = await scope.locator('mark.kf-hl-mark', { hasText: word }).boundingBox()
  if (!box) throw new Error(`no visible mark for "${word}"`)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  return page.getByTestId('lint-hover-card')
}

/** Hover the marked word, read the card, fix it with the card's first suggestion; returns the inserted text. */
async function fixByHover(page: Page, scope: Locator, word: string): Promise<string> {
  const issue = scope.getByTestId('lint-issue').filter({ hasText: word }).first()
  const explanation = (await issue.getAttribute('title')) ?? 'no explanation'
  const card = await hoverMark(page, scope, word)
  await expect(card).toBeVisible()
  // A non-modal popover named by the finding's message and described by its explanation.
  await expect(card).toHaveAttribute('role', 'dialog')
  await expect(card).toContainText(explanation)
  const describedBy = (await card.getAttribute('aria-describedby')) ?? ''
  await expect(page.locator(`[id="${describedBy.split(' ')[0]}"]`)).toHaveText(explanation)
  const button = card.locator('button.kf-suggestion').first()
  const replacement = /with “(.+)”$/.exec((await button.getAttribute('aria-label')) ?? '')?.[1] ?? 'unparsed'
  // Moving from the word into the card keeps it open (the click moves the pointer across the gap).
  await button.click()
  await expect(card).toHaveCount(0)
  await expect(scope.locator('mark.kf-hl-mark', { hasText: word })).toHaveCount(0)
  return replacement
}

async function tab(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click()
  return page.getByRole('tabpanel')
}

test('script lint, cues, translation, libass preview, end card, undo/redo', async ({ page }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-editors-'))
  // A flat colour so any pixel change in the subtitle band comes from the subtitles.
  const clip = await makeClip({ width: 320, height: 180, durationS: 3, source: 'color', color: '#2050a0' })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Editors', 'ms')
  await saveAs(page, join(dir, 'editors.kindframe'))
  expect(await importByPath(page, [clip])).toMatchObject({ added: 1, rejected: 0 })
  const stage = page.getByTestId('player-stage')
  await expect(stage.getByTestId('player-video')).toHaveJSProperty('readyState', 4, { timeout: 20_000 })

  // Script: a live kindness-lint highlight, then one click replaces it with a suggestion.
  let panel = await tab(page, 'Script')
  const script = panel.getByTestId('script-editor')
  await script.fill('You are such a loser')
  const mark = panel.locator('mark.kf-hl-mark')
  await expect(mark).toHaveText('loser')
  const issue = panel.getByTestId('lint-issue').first()
  await expect(issue).toContainText('loser')
  await page.screenshot({ path: testInfo.outputPath('1-script-lint.png') })
  // Hover: the card shows the explanation next to the word; one click replaces it.
  const hoverCard = await hoverMark(page, panel, 'loser')
  await expect(hoverCard).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('1b-lint-hover-card.png') })
  const axe = await new AxeBuilder({ page }).include('[data-testid="lint-hover-card"]').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  // Plain text is not a finding: moving onto it hides the card (after the grace delay).
  const editorBox = (await script.boundingBox())!
  await page.mouse.move(editorBox.x + 12, editorBox.y + 12)
  await expect(hoverCard).toHaveCount(0)
  const hovered = await fixByHover(page, panel, 'loser')
  await expect(script).toHaveValue(`You are such a ${hovered}`)
  // The findings list offers the same fix by button (and by keyboard).
  await script.fill('You are such a loser')
  const suggestion = issue.locator('button.kf-suggestion').first()
  // The button's accessible name says exactly what goes in: 'Replace “loser” with “…”'.
  const name = (await suggestion.getAttribute('aria-label')) ?? ''
  const replacement = /with “(.+)”$/.exec(name)?.[1] ?? 'unparsed'
  await suggestion.click()
  await expect(script).toHaveValue(`You are such a ${replacement}`)
  await expect(panel.locator('mark', { hasText: 'loser' })).toHaveCount(0)
  // Keyboard: with the caret on the word its explanation is announced and its fixes are the next Tab
  // stops; Enter replaces, and typing goes on right after the new words.
  await script.fill('You are such a loser')
  await script.press('End')
  await expect(panel.locator('.kf-hl-explain')).toContainText((await issue.getAttribute('title')) ?? 'no explanation')
  await script.press('Tab')
  const fix = panel.getByTestId('caret-fixes').locator('button.kf-suggestion').first()
  await expect(fix).toBeFocused()
  const typed = /with “(.+)”$/.exec((await fix.getAttribute('aria-label')) ?? '')?.[1] ?? 'unparsed'
  await page.keyboard.press('Enter')
  await expect(script).toHaveValue(`You are such a ${typed}`)
  await expect(script).toBeFocused()
  await page.keyboard.type('!')
  await expect(script).toHaveValue(`You are such a ${typed}!`)
  await expect(panel.locator('mark.kf-hl-mark')).toHaveCount(0)

  // Subtitles: add a cue, type its text, set its timing.
  panel = await tab(page, 'Subtitles')
  await panel.getByTestId('cue-add').click()
  await expect(panel.getByTestId('cue-row')).toHaveCount(1)
  // The cue editor marks findings the same way, with the same hover card.
  await panel.getByTestId('cue-text').fill('What a loser')
  const fixed = await fixByHover(page, panel, 'loser')
  await expect(panel.getByTestId('cue-text')).toHaveValue(`What a ${fixed}`)
  await panel.getByTestId('cue-text').fill('Be kind to each other')
  await panel.getByTestId('cue-start').fill('00:00:00.500')
  await panel.getByTestId('cue-start').press('Enter')
  await panel.getByTestId('cue-end').fill('00:00:01.800')
  await panel.getByTestId('cue-end').press('Enter')
  await expect(panel.getByTestId('cue-row')).toContainText('00:00:00.500 → 00:00:01.800')
  await expect(panel.getByTestId('cue-row')).toContainText('Be kind to each other')
  await expect(page.getByTestId('timeline-cue')).toHaveCount(1)

  // Translate the cue into Malay and mark it done.
  panel = await tab(page, 'Translate')
  await panel.getByTestId('translate-row').first().click()
  await panel.getByTestId('translation-text').fill('Berbaik hati antara satu sama lain')
  await expect(panel.getByTestId('translation-status')).toHaveText('Draft')
  // mod+Enter accepts the translation (done) and moves on.
  await panel.getByTestId('translation-text').press('Control+Enter')
  await expect(panel.getByTestId('translate-row').first()).toHaveAttribute('data-status', 'done')
  await expect(panel.getByTestId('translation-status')).toHaveText('Done')
  await expect(panel.getByTestId('progress-ms')).toContainText('100%')
  await page.screenshot({ path: testInfo.outputPath('2-translated.png') })

  // The player draws the subtitle with libass, only while the cue is on screen.
  const layer = stage.locator('.kf-subtitle-layer')
  await expect(layer).toHaveAttribute('data-renderer', 'libass', { timeout: 30_000 })
  await expect(stage.getByText(/Approximate preview/)).toHaveCount(0)
  await expect(stage.getByRole('status')).toHaveCount(0) // no "approximate preview" notice
  // data-frame says what libass has actually drawn ("<locale>@<ms>"): wait for it, never sleep.
  await seekTimeline(page, 2400)
  await expect(layer).toHaveAttribute('data-frame', 'en@2400', { timeout: 15_000 })
  const outside = await stage.screenshot({ path: testInfo.outputPath('3-outside-cue.png') })
  await seekTimeline(page, 1000)
  await expect(page.getByTestId('player-time')).toContainText('00:00:01.000')
  await expect(layer).toHaveAttribute('data-frame', 'en@1000', { timeout: 15_000 })
  const insideEn = await stage.screenshot({ path: testInfo.outputPath('4-inside-cue-en.png') })
  // Subtitles sit above the TikTok bottom safe zone: the band 60–80 % down the frame.
  expect(await regionDiff(page, insideEn, outside, 0.6, 0.8)).toBeGreaterThan(2)
  expect(await regionDiff(page, insideEn, outside, 0.05, 0.3)).toBeLessThan(0.5)
  // Switch the preview to Malay: the same moment now shows the translation (different pixels).
  await page.getByRole('toolbar', { name: 'Playback controls' }).getByLabel('Subtitles').selectOption('ms')
  await expect(layer).toHaveAttribute('data-frame', 'ms@1000', { timeout: 15_000 })
  const insideMs = await stage.screenshot({ path: testInfo.outputPath('5-inside-cue-ms.png') })
  expect(await regionDiff(page, insideMs, insideEn, 0.6, 0.8)).toBeGreaterThan(2)
  expect(await regionDiff(page, insideMs, outside, 0.6, 0.8)).toBeGreaterThan(2)

  // End card: a display name and handle, previewed at the end of the timeline.
  panel = await tab(page, 'End card')
  await panel.getByTestId('endcard-name').fill('Maya')
  await panel.getByTestId('endcard-handle').fill('@maya')
  const photo = await makeImage(200, 200, 'orange', 'maya-photo')
  await panel.getByTestId('endcard-media').fill(photo)
  await panel.getByTestId('endcard-media').press('Enter')
  await seekTimeline(page, 4500)
  await expect(stage.getByTestId('endcard-preview')).toBeVisible()
  // The creator's photo sits where the export overlays it (endCardLayout), and has loaded.
  await expect(stage.locator('.kf-endcard-photo img')).toHaveJSProperty('complete', true)
  expect(await stage.locator('.kf-endcard-photo img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(200)
  // The card's name and handle are ASS text (the preview is still in Malay): wait until libass drew them.
  await expect(layer).toHaveAttribute('data-frame', 'ms@4500', { timeout: 15_000 })
  const card = await stage.screenshot({ path: testInfo.outputPath('6-end-card.png') })
  expect(await regionDiff(page, card, outside, 0.1, 0.5)).toBeGreaterThan(5)

  // Undo the handle, then redo it (typing was coalesced into one step per field).
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+z') // the photo
  await expect(stage.locator('.kf-endcard-photo')).toHaveCount(0)
  await page.keyboard.press('Control+z') // the whole handle, typed as one coalesced step
  await expect(panel.getByTestId('endcard-handle')).toHaveValue('')
  await expect(panel.getByTestId('endcard-name')).toHaveValue('Maya')
  await page.keyboard.press('Control+Shift+z')
  await expect(panel.getByTestId('endcard-handle')).toHaveValue('@maya')
  await page.keyboard.press('Control+Shift+z')
  await expect(stage.locator('.kf-endcard-photo img')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('7-after-redo.png') })
})

test('when libass cannot start, the player says the preview is approximate and still shows the text', async ({
  page
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-editors-nowasm-'))
  // Block the libass WASM: jassub cannot start, as on a host that forbids WebAssembly.
  await page.route(/\.wasm(\?|$)/, (route) => route.abort())
  const clip = await makeClip({ width: 320, height: 180, durationS: 3, source: 'color', color: '#2050a0' })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Fallback', 'ms')
  await saveAs(page, join(dir, 'fallback.kindframe'))
  expect(await importByPath(page, [clip])).toMatchObject({ added: 1 })
  const panel = await tab(page, 'Subtitles')
  await panel.getByTestId('cue-add').click()
  await panel.getByTestId('cue-text').fill('Approximate but visible')
  const stage = page.getByTestId('player-stage')
  await expect(stage.locator('.kf-subtitle-layer')).toHaveAttribute('data-renderer', 'html', { timeout: 40_000 })
  await expect(stage.getByRole('status')).toContainText('Approximate preview')
  await seekTimeline(page, 500)
  await expect(stage.locator('.kf-subtitle-approx')).toHaveText('Approximate but visible')
})
