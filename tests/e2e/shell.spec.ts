import { expect, test, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeClip } from '../helpers/media'
import { createProject, importByPath, mark, openByPath, openStudio, saveAs, waitForSignal, waitIdle } from './harness'

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error(`${String(locator)} is not visible`)
  return b
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  // One pixel of shared border is not an overlap.
  return a.x + a.width > b.x + 1 && b.x + b.width > a.x + 1 && a.y + a.height > b.y + 1 && b.y + b.height > a.y + 1
}

test('Arabic UI mirrors the layout (dir=rtl, bin on the right) without overlapping regions', async ({
  page
}, testInfo) => {
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Mirror')
  await importByPath(page, [clip])
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ar')

  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  const bin = page.getByRole('complementary', { name: 'قائمة المقاطع' })
  const inspector = page.getByRole('complementary', { name: 'لوحة الخصائص' })
  const stage = page.getByRole('main', { name: 'المحرر' })
  const topbar = page.locator('header.topbar')
  await expect(bin.getByRole('heading', { name: 'مقطع واحد' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('rtl.png') })

  const [b, s, i, t] = [await box(bin), await box(stage), await box(inspector), await box(topbar)]
  expect(b.x).toBeGreaterThan(s.x)
  expect(s.x).toBeGreaterThan(i.x)
  const regions = { bin: b, stage: s, inspector: i, topbar: t }
  const names = Object.keys(regions) as (keyof typeof regions)[]
  const clashes = names.flatMap((n, k) =>
    names
      .slice(k + 1)
      .filter((m) => overlaps(regions[n], regions[m]))
      .map((m) => `${n}×${m}`)
  )
  expect(clashes).toEqual([])
  await expectControlsFit(page)
})

/** Every top-bar control and inspector tab is fully inside the 1280 px window and clear of its neighbours. */
async function expectControlsFit(page: Page) {
  const groups = [page.locator('header.topbar').locator('button, select'), page.getByRole('tab')]
  for (const group of groups) {
    const boxes = await Promise.all((await group.all()).map(box))
    for (const [k, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0)
      expect(a.x + a.width).toBeLessThanOrEqual(1280)
      for (const c of boxes.slice(k + 1)) expect(overlaps(a, c)).toBe(false)
    }
  }
}

test('pseudo-locale en-XA: every shell string is pseudo-localized and the longer text still fits', async ({
  page
}, info) => {
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Pseudo')
  await importByPath(page, [clip])
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('en-XA')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await page.getByRole('tab', { name: /Éẋþöŕţ/ }).click()
  await page.screenshot({ path: info.outputPath('pseudo.png') })
  const texts = await page.locator('header.topbar button, [role=tab], .bin-header').allInnerTexts()
  const plain = texts.map((t) => t.trim()).filter((t) => t && t !== '?' && !/^\[.*\]$/s.test(t))
  expect(plain).toEqual([])
  await expectControlsFit(page)
})

test('an autosave is offered for recovery when the project is reopened without saving', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'))
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Recover me')
  const projectPath = join(dir, 'recover.kindframe')
  await saveAs(page, projectPath)

  const since = await mark(page)
  const imported = await importByPath(page, [clip])
  const autosaved = await waitForSignal(page, 'autosaved', since, 10_000)
  // The contract: a recovery file within 2 s of the edit (signal times are the app's own clock).
  expect(Number(autosaved.at) - Number(imported.at)).toBeLessThanOrEqual(2000)
  await expect(page.getByTestId('autosave-status')).toHaveText(/^Autosaved \d\d:\d\d:\d\d$/)
  expect(String(autosaved.recoveryPath)).not.toBe(projectPath)

  // Reload = the app went away with unsaved work; the saved file still has no clips.
  await openStudio(page, { lng: 'en' })
  const opened = await openByPath(page, projectPath)
  expect(opened).toMatchObject({ clips: 0, recovery: true })
  const prompt = page.getByRole('alertdialog', { name: 'Unsaved work was found' })
  await expect(prompt).toBeVisible()
  const beforeRecover = await mark(page)
  await prompt.getByRole('button', { name: 'Recover' }).click()
  await waitForSignal(page, 'project-recovered', beforeRecover)
  await expect(prompt).toHaveCount(0)
  await expect(page.getByRole('complementary', { name: 'Clip bin' }).locator('.clip-card')).toHaveCount(1)
  await expect(page.locator('.dirty')).toHaveCount(1)
})

test('bad input shows the real error: a text file named .mp4, and a project that does not exist', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'))
  const fake = join(dir, 'not-a-video.mp4')
  writeFileSync(fake, 'this is plain text, not a video\n')
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Bad input')

  const result = await importByPath(page, [fake])
  expect(result).toMatchObject({ added: 0, rejected: 1 })
  const reason = String((result.reasons as string[])[0])
  expect(reason.length).toBeGreaterThan(10)
  const alert = page.getByRole('alert').filter({ hasText: '1 file was not imported' })
  await expect(alert).toContainText(fake)
  await expect(alert).toContainText(reason)

  const missing = join(dir, 'nowhere.kindframe')
  const since = await mark(page)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Open project' })
  await dialog.getByRole('textbox').fill(missing)
  await dialog.getByRole('button', { name: 'Open' }).click()
  const error = await waitForSignal(page, 'error', since)
  expect(String(error.message)).toContain('nowhere.kindframe')
  await expect(page.getByRole('alert').filter({ hasText: 'nowhere.kindframe' })).toBeVisible()
})

test('keyboard: "?" lists every action with its keys; undo/redo go through the store', async ({ page }) => {
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Keys')
  await importByPath(page, [clip])
  const cards = page.getByRole('complementary', { name: 'Clip bin' }).locator('.clip-card')
  await expect(cards).toHaveCount(1)

  await page.locator('body').click()
  await page.keyboard.press('Control+z')
  await expect(cards).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(cards).toHaveCount(1)

  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  const rows: [string, string, string][] = [
    ['project.save', 'Save', 'Ctrl+S'],
    ['edit.undo', 'Undo', 'Ctrl+Z'],
    ['edit.redo', 'Redo', 'Ctrl+Shift+Z'],
    ['clips.import', 'Import clips', 'Ctrl+Shift+I'],
    ['help.shortcuts', 'Show keyboard shortcuts', '?']
  ]
  for (const [id, label, keys] of rows) {
    const row = help.locator(`tr[data-action-id="${id}"]`)
    await expect(row.getByRole('cell').first()).toHaveText(label)
    await expect(row.getByRole('cell').nth(1)).toContainText(keys)
  }
  // One registry, one dispatcher: no two actions (shell or editors) may claim the same shortcut.
  const shortcuts = await help.locator('kbd').allInnerTexts()
  expect(shortcuts.filter((k, i) => shortcuts.indexOf(k) !== i)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)

  // Remove the clip from the inspector, bring it back with undo.
  await page.getByRole('tab', { name: 'Clip' }).click()
  await page.getByRole('button', { name: 'Remove clip from project' }).click()
  await expect(cards).toHaveCount(0)
  await page.locator('body').click()
  await page.keyboard.press('Control+z')
  await expect(cards).toHaveCount(1)

  // Modal focus stays inside: Shift+Tab from the first field wraps to the last enabled button.
  await page.getByRole('button', { name: 'New', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await expect(dialog.getByLabel('Series title')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Series title')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeFocused()
})

test('axe: the main screen has no serious or critical accessibility violations (dark and light)', async ({
  page
}, info) => {
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })
  const welcome = await new AxeBuilder({ page }).analyze()
  expect(welcome.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    []
  )
  await createProject(page, 'Accessible')
  await importByPath(page, [clip])
  for (const theme of ['dark', 'light']) {
    if (theme === 'light') await page.getByRole('button', { name: 'Light theme' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    const results = await new AxeBuilder({ page }).analyze()
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(' | ')}`
      )
    expect(bad, theme).toEqual([])
    await page.screenshot({ path: info.outputPath(`main-${theme}.png`) })
  }
})

test('drag-and-drop: 20 files at once import in batches with progress, rejects listed, UI keeps painting', async ({
  page
}) => {
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  const real = readFileSync(clip).toString('base64')
  const files = Array.from({ length: 20 }, (_, i) =>
    i % 2 === 0
      ? { name: `clip-${i}.mp4`, type: 'video/mp4', base64: real }
      : { name: `notes-${i}.mp4`, type: 'video/mp4', base64: Buffer.from(`text ${i}\n`).toString('base64') }
  )
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Dropped')
  const bin = page.getByRole('complementary', { name: 'Clip bin' })
  // Longest gap between animation frames while the drop is processed: a frozen UI shows as a long gap.
  await page.evaluate(() => {
    const w = window as unknown as { __maxGap: number; __last: number }
    w.__maxGap = 0
    w.__last = performance.now()
    const tick = (now: number) => {
      w.__maxGap = Math.max(w.__maxGap, now - w.__last)
      w.__last = now
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const since = await mark(page)
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
      dt.items.add(new File([bytes], f.name, { type: f.type }))
    }
    return dt
  }, files)
  await bin.dispatchEvent('dragover', { dataTransfer })
  await bin.dispatchEvent('drop', { dataTransfer })
  await expect(bin.getByRole('progressbar')).toBeVisible()
  const done = await waitForSignal(page, 'import-done', since, 120_000)
  expect(done).toMatchObject({ added: 10, rejected: 10 })
  await expect(bin.locator('.clip-card')).toHaveCount(10)
  await expect(
    bin.getByRole('alert').filter({ hasText: '10 files were not imported' }).getByRole('listitem')
  ).toHaveCount(10)
  await expect(bin.locator('.clip-card.selected')).toContainText('clip-0')
  const maxGap = await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap)
  expect(maxGap).toBeLessThan(1500)
})

test('missing media: a banner per clip, relink to the moved file, thumbnail comes back', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'))
  mkdirSync(join(dir, 'media'))
  const original = join(dir, 'media', 'story.mp4')
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 2 }), original)
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Moved')
  const projectPath = join(dir, 'moved.kindframe')
  await saveAs(page, projectPath)
  await importByPath(page, [original])
  const saved = await mark(page)
  await page.keyboard.press('Control+s')
  await waitForSignal(page, 'project-saved', saved)

  const moved = join(dir, 'story-moved.mp4')
  renameSync(original, moved)
  await openStudio(page, { lng: 'en' })
  await openByPath(page, projectPath)
  const bin = page.getByRole('complementary', { name: 'Clip bin' })
  const banner = bin.getByRole('form', { name: 'Missing media for story' })
  await expect(banner.getByRole('alert')).toContainText('The video file was not found: media/story.mp4')
  // Only meaningful once every call (resolve, thumbnail) has answered.
  await waitIdle(page)
  await expect(bin.locator('.clip-card img')).toHaveCount(0)
  await expect(bin.locator('.clip-card')).toContainText('Missing')
  await banner.getByLabel('New location of the video').fill(moved)
  const since = await mark(page)
  await banner.getByRole('button', { name: 'Relink' }).click()
  await waitForSignal(page, 'relinked', since)
  await expect(banner).toHaveCount(0)
  await expect(bin.locator('.clip-card img')).toHaveAttribute('src', /^data:image\/jpeg/)
  await expect(page.locator('.dirty')).toHaveCount(1)
})

test('unsaved work: an autosaved new project is offered on the next start and recovers without a path', async ({
  page
}) => {
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Never saved')
  const since = await mark(page)
  await importByPath(page, [clip])
  await waitForSignal(page, 'autosaved', since, 10_000)

  await openStudio(page, { lng: 'en' })
  const prompt = page.getByRole('alertdialog', { name: 'Unsaved work was found' })
  await expect(prompt).toContainText('An unsaved project was autosaved at')
  const before = await mark(page)
  await prompt.getByRole('button', { name: 'Recover' }).click()
  await waitForSignal(page, 'project-recovered', before)
  await expect(page.getByRole('heading', { level: 1, name: 'Never saved' })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Clip bin' }).locator('.clip-card')).toHaveCount(1)
})

test('every UI locale renders the main screen with no raw i18n keys showing', async ({ page }) => {
  const clip = await makeClip({ width: 320, height: 180, durationS: 2 })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Locales')
  await importByPath(page, [clip])
  const menu = page.getByRole('combobox').first()
  for (const lng of ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX', 'ar']) {
    await menu.selectOption(lng)
    await expect(page.locator('html')).toHaveAttribute('lang', lng)
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click()
      // A missing key renders as the key itself, e.g. "export.outDir" or "player.loop".
      const text = await page.locator('body').innerText()
      const raw = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/.test(l))
      expect({ lng, tab: await tab.innerText(), raw }).toEqual({ lng, tab: await tab.innerText(), raw: [] })
    }
  }
})
