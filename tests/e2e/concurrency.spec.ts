import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeClip } from '../helpers/media'
import { createProject, importByPath, mark, openByPath, openStudio, saveAs, waitForSignal } from './harness'

/**
 * One project, two windows (two pages = two sessions on the same bridge, like two Electron windows
 * on one main process), and media that disappears while the project is open. Nothing the user
 * has may be lost: a save over someone else's save is refused until the user chooses.
 */

async function seriousA11yViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
}

interface SavedFile {
  clips: { title: string; media: string }[]
}
const readProject = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SavedFile

async function renameClip(page: Page, title: string): Promise<void> {
  await page.getByRole('tab', { name: 'Clip', exact: true }).click()
  const field = page.getByRole('textbox', { name: 'Clip title' })
  await field.fill(title)
  await expect(field).toHaveValue(title)
}

async function save(page: Page): Promise<number> {
  const since = await mark(page)
  await page.locator('header.topbar').getByRole('button', { name: 'Save', exact: true }).click()
  return since
}

test('two windows: the second is warned, a stale save shows the conflict dialog, Overwrite and Reload lose nothing', async ({
  page,
  context
}, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-conflict-'))
  const projectPath = join(dir, 'shared.kindframe')
  const clip = join(dir, 'story.mp4')
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1 }), clip)

  // Window A makes the project and has it open.
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Shared series')
  await saveAs(page, projectPath)
  await importByPath(page, [clip])
  await waitForSignal(page, 'project-saved', await save(page))
  expect(existsSync(join(dir, '.shared.kindframe.lock'))).toBe(true)

  // Window B opens the same file: a banner, not a wall.
  const pageB = await context.newPage()
  await openStudio(pageB, { lng: 'en' })
  const openedB = await openByPath(pageB, projectPath)
  expect(openedB).toMatchObject({ openElsewhere: true })
  const banner = pageB.getByRole('status', { name: 'Project open elsewhere' })
  await expect(banner.locator('p')).toHaveText(
    /^This project is also open in another window \(since \d\d:\d\d\)\. Saving may conflict\.$/
  )
  await expect(pageB.getByRole('alertdialog')).toHaveCount(0)
  await pageB.screenshot({ path: info.outputPath('open-elsewhere-banner.png') })
  expect(await seriousA11yViolations(pageB, '[data-testid="open-elsewhere"]')).toEqual([])
  // Window A opened it first: no banner there.
  await expect(page.getByRole('status', { name: 'Project open elsewhere' })).toHaveCount(0)

  // B saves first.
  await renameClip(pageB, 'Title from B')
  await waitForSignal(pageB, 'project-saved', await save(pageB))
  expect(readProject(projectPath).clips[0].title).toBe('Title from B')
  const bBytes = readFileSync(projectPath)

  // A comes back to its window: told before it even tries to save.
  const returning = await mark(page)
  await comeBack(page)
  expect(await waitForSignal(page, 'file-checked', returning)).toMatchObject({ changedOnDisk: true, missing: false })
  const changedBanner = page.getByRole('status', { name: 'Project file changed on disk' })
  await expect(changedBanner).toContainText(
    `\u2066${projectPath}\u2069 was changed on disk by another window or program.`
  )
  expect(await seriousA11yViolations(page, '[data-testid="changed-on-disk"]')).toEqual([])

  // A's save is refused: the dialog, and B's file untouched.
  await renameClip(page, 'Title from A')
  await waitForSignal(page, 'save-conflict', await save(page))
  const dialog = page.getByRole('alertdialog', { name: 'The project file changed on disk' })
  await expect(dialog).toBeVisible()
  // The path is isolated left-to-right (LRI … PDI) so it reads correctly inside RTL sentences too.
  await expect(dialog).toContainText(`\u2066${projectPath}\u2069 was changed since you opened it`)
  await expect(dialog.getByRole('button', { name: 'Save as…' })).toBeFocused()
  await page.screenshot({ path: info.outputPath('conflict-dialog.png') })
  expect(await seriousA11yViolations(page, '[role="alertdialog"]')).toEqual([])
  expect(readFileSync(projectPath).equals(bBytes)).toBe(true)
  await expect(page.locator('.dirty')).toHaveCount(1)

  // Keyboard: Tab cycles inside the dialog, Escape keeps editing (nothing written), and the conflict comes back on the next save.
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Overwrite' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  expect(readFileSync(projectPath).equals(bBytes)).toBe(true)
  await waitForSignal(page, 'save-conflict', await save(page))

  // Overwrite: A's title on disk, B's version in the .bak.
  const beforeOverwrite = await mark(page)
  await dialog.getByRole('button', { name: 'Overwrite' }).click()
  expect(await waitForSignal(page, 'project-saved', beforeOverwrite)).toMatchObject({ forced: true })
  await expect(dialog).toHaveCount(0)
  expect(readProject(projectPath).clips[0].title).toBe('Title from A')
  expect(readFileSync(`${projectPath}.bak`).equals(bBytes)).toBe(true)
  await expect(page.locator('.dirty')).toHaveCount(0)
  await expect(changedBanner).toHaveCount(0)
  // Coming back again: the file is A's own save now, nothing to report.
  const settled = await mark(page)
  await comeBack(page)
  expect(await waitForSignal(page, 'file-checked', settled)).toMatchObject({ changedOnDisk: false })

  // Now B is the stale one. Reload from disk shows A's version and offers B's edits back.
  await renameClip(pageB, 'B second thoughts')
  await waitForSignal(pageB, 'save-conflict', await save(pageB))
  const dialogB = pageB.getByRole('alertdialog', { name: 'The project file changed on disk' })
  const beforeReload = await mark(pageB)
  await dialogB.getByRole('button', { name: 'Reload from disk' }).click()
  await waitForSignal(pageB, 'project-reloaded', beforeReload)
  await expect(pageB.getByRole('textbox', { name: 'Clip title' })).toHaveValue('Title from A')
  const recovery = pageB.getByRole('alertdialog', { name: 'Unsaved work was found' })
  await expect(recovery).toBeVisible()
  await pageB.screenshot({ path: info.outputPath('reloaded-with-recovery.png') })
  const beforeRecover = await mark(pageB)
  await recovery.getByRole('button', { name: 'Recover' }).click()
  await waitForSignal(pageB, 'project-recovered', beforeRecover)
  await expect(pageB.getByRole('textbox', { name: 'Clip title' })).toHaveValue('B second thoughts')
  // The file on disk is still A's until B decides to save.
  expect(readProject(projectPath).clips[0].title).toBe('Title from A')
  await pageB.close()
})

test('media deleted or renamed while the project is open: the banner appears when the window is focused again, relink fixes it', async ({
  page
}, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-vanish-'))
  const media = join(dir, 'walk.mp4')
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1 }), media)
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Vanishing')
  await saveAs(page, join(dir, 'vanish.kindframe'))
  await importByPath(page, [media])
  const bin = page.getByRole('complementary', { name: 'Clip bin' })
  const banner = bin.getByRole('form', { name: 'Missing media for walk' })

  // Coming back with nothing changed: a check runs, nothing is shown, the store is not touched.
  const quiet = await mark(page)
  await comeBack(page)
  expect(await waitForSignal(page, 'media-checked', quiet)).toMatchObject({ missing: [], changed: false })
  await expect(banner).toHaveCount(0)

  // Renamed in a file manager while the studio was in the background.
  const renamed = join(dir, 'walk-final.mp4')
  renameSync(media, renamed)
  const since = await mark(page)
  await comeBack(page)
  const checked = await waitForSignal(page, 'media-checked', since)
  expect(checked).toMatchObject({ changed: true })
  expect(checked.missing).toHaveLength(1)
  await expect(banner.getByRole('alert')).toContainText('The video file was not found: walk.mp4')
  await page.screenshot({ path: info.outputPath('missing-after-focus.png') })

  // The renamed file is found again by relinking.
  await banner.getByLabel('New location of the video').fill(renamed)
  const relinking = await mark(page)
  await banner.getByRole('button', { name: 'Relink' }).click()
  await waitForSignal(page, 'relinked', relinking)
  await expect(banner).toHaveCount(0)
  await page.getByRole('tab', { name: 'Clip', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Media file' })).toHaveValue('walk-final.mp4')

  // Relinked and unchanged since: the next return finds nothing to report.
  const again = await mark(page)
  await comeBack(page)
  expect(await waitForSignal(page, 'media-checked', again)).toMatchObject({ missing: [], changed: false })
})

/**
 * The user switches back to the studio. Headless Chromium has no window manager to move focus
 * between apps, so the page gets the same two events a real return delivers.
 */
async function comeBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new FocusEvent('focus'))
  })
}

test('selecting a clip whose file was deleted shows its banner; a <video> that fails to load triggers a full re-check', async ({
  page
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-vanish-'))
  const kept = join(dir, 'kept.mp4')
  const doomed = join(dir, 'doomed.mp4')
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1 }), kept)
  copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1, fps: 25 }), doomed)
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Player first')
  await saveAs(page, join(dir, 'player.kindframe'))
  await importByPath(page, [kept, doomed])
  const bin = page.getByRole('complementary', { name: 'Clip bin' })
  await expect(bin.locator('.clip-card.selected')).toContainText('kept')
  await expect(page.getByTestId('player-video')).toHaveAttribute('src', /kept\.mp4/)

  // Deleted while open, then selected: that one file is checked, no focus change needed.
  rmSync(doomed)
  const selecting = await mark(page)
  await bin.locator('.clip-card').filter({ hasText: 'doomed' }).click()
  expect(await waitForSignal(page, 'media-checked', selecting)).toMatchObject({
    clipId: expect.any(String),
    changed: true
  })
  await expect(bin.getByRole('form', { name: 'Missing media for doomed' }).getByRole('alert')).toContainText(
    'The video file was not found: doomed.mp4'
  )
  await expect(bin.getByRole('form', { name: 'Missing media for kept' })).toHaveCount(0)

  // The player loaded "kept" before its file went away; Chromium keeps the decoded bytes, so
  // nothing fails until the element loads again. Point it at the bridge URL of the (now missing)
  // file with a fresh query so the bridge really answers 404 and Chromium fires a real error.
  rmSync(kept)
  await bin.locator('.clip-card').filter({ hasText: 'kept' }).click()
  await expect(page.getByTestId('player-video')).toHaveAttribute('src', /kept\.mp4/)
  const back = await mark(page)
  await page.getByTestId('player-video').evaluate((v: HTMLVideoElement) => {
    v.src = `${v.src}&reload=1`
  })
  expect(await waitForSignal(page, 'media-recheck', back)).toMatchObject({ trigger: 'video-error' })
  const full = await waitForSignal(page, 'media-checked', back)
  expect((full.missing as string[]).length).toBe(2)
  await expect(bin.getByRole('form', { name: 'Missing media for kept' })).toBeVisible()
  await expect(bin.getByRole('form', { name: 'Missing media for doomed' })).toBeVisible()
})

test('Arabic UI: the conflict dialog is translated, mirrored and closes with Escape without writing', async ({
  page
}, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-conflict-ar-'))
  const projectPath = join(dir, 'rtl.kindframe')
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'RTL series')
  await saveAs(page, projectPath)
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')

  // Another program rewrites the file; this window then saves with Ctrl+S.
  const theirs = { ...JSON.parse(readFileSync(projectPath, 'utf8')), series: { title: 'Changed elsewhere' } }
  writeFileSync(projectPath, JSON.stringify(theirs))
  const before = readFileSync(projectPath)
  await page.locator('body').click()
  const since = await mark(page)
  await page.keyboard.press('Control+s')
  await waitForSignal(page, 'save-conflict', since)
  const dialog = page.getByRole('alertdialog', { name: 'تغيّر ملف المشروع على القرص' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button')).toHaveText([
    'متابعة التعديل',
    'إعادة التحميل من القرص',
    'حفظ باسم…',
    'الكتابة فوقه'
  ])
  await page.screenshot({ path: info.outputPath('conflict-dialog-ar.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  expect(readFileSync(projectPath).equals(before)).toBe(true)
  // The reminder stays (no focus change needed: the refused save is what told us).
  await expect(page.getByTestId('changed-on-disk')).toBeVisible()
})

test('a window that went away with unsaved edits keeps them: another window’s save does not delete them, the next window is offered them', async ({
  page,
  context
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-crash-'))
  const projectPath = join(dir, 'crash.kindframe')
  const clip = join(dir, 'story.mp4')
  copyFileSync(await makeClip({ width: 160, height: 90, durationS: 1 }), clip)

  // A makes and saves the project; B opens it too.
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Crash series')
  await saveAs(page, projectPath)
  await importByPath(page, [clip])
  await waitForSignal(page, 'project-saved', await save(page))
  const pageB = await context.newPage()
  await openStudio(pageB, { lng: 'en' })
  expect(await openByPath(pageB, projectPath)).toMatchObject({ openElsewhere: true, recovery: false })

  // A edits (autosaved into A's own recovery file), then its page goes away without saving or closing the project.
  const editing = await mark(page)
  await renameClip(page, 'Only in A')
  const autosaved = await waitForSignal(page, 'autosaved', editing, 10_000)
  const recoveryA = String(autosaved.recoveryPath)
  expect(recoveryA).toMatch(/\/\.crash\.kindframe\.[A-Za-z0-9_-]{1,16}\.recovery$/)
  await page.close()
  // The page's own lock release (pagehide) arrives: A's window is gone, not open elsewhere.
  await expect.poll(() => existsSync(join(dir, '.crash.kindframe.lock'))).toBe(false)

  // B edits and saves: A's recovery survives (it used to be deleted here).
  await renameClip(pageB, 'Saved by B')
  await waitForSignal(pageB, 'project-saved', await save(pageB))
  expect(readProject(projectPath).clips[0].title).toBe('Saved by B')
  expect(existsSync(recoveryA)).toBe(true)

  // A new window opening the project is offered A's work, and recovering shows A's edit.
  const pageC = await context.newPage()
  await openStudio(pageC, { lng: 'en' })
  expect(await openByPath(pageC, projectPath)).toMatchObject({ recovery: true, recoveries: 1 })
  const prompt = pageC.getByRole('alertdialog', { name: 'Unsaved work was found' })
  await expect(prompt.locator('p')).toHaveText(
    /^An autosaved copy from \d\d:\d\d(:\d\d)? is newer than this project file\.$/
  )
  const beforeRecover = await mark(pageC)
  await prompt.getByRole('button', { name: 'Recover' }).click()
  await waitForSignal(pageC, 'project-recovered', beforeRecover)
  await pageC.getByRole('tab', { name: 'Clip', exact: true }).click()
  await expect(pageC.getByRole('textbox', { name: 'Clip title' })).toHaveValue('Only in A')
  await expect(pageC.locator('.dirty')).toHaveCount(1)
  // The file on disk stays B's until C saves; then A's (now C's) recovery is gone.
  expect(readProject(projectPath).clips[0].title).toBe('Saved by B')
  await waitForSignal(pageC, 'project-saved', await save(pageC))
  expect(readProject(projectPath).clips[0].title).toBe('Only in A')
  expect(readdirSync(dir).filter((f) => f.endsWith('.recovery'))).toEqual([])
  await pageB.close()
  await pageC.close()
})

test('several crashed windows left recovery files: the prompt says how many, Discard removes only the one offered', async ({
  page
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-crashes-'))
  const projectPath = join(dir, 'many.kindframe')
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Many windows')
  await saveAs(page, projectPath)
  // What two windows that crashed before saving leave behind (the app's own recovery format).
  const saved = JSON.parse(readFileSync(projectPath, 'utf8')) as { series: { title: string } }
  const leftover = (sid: string, title: string, ageS: number) => {
    const path = join(dir, `.many.kindframe.${sid}.recovery`)
    const project = { ...saved, series: { ...saved.series, title } }
    writeFileSync(
      path,
      JSON.stringify({ kind: 'kindframe-recovery', savedAt: new Date().toISOString(), projectPath, project })
    )
    const at = new Date(Date.now() - ageS * 1000)
    utimesSync(path, at, at)
    return path
  }
  const older = leftover('crashedwindow01', 'Older crash', 120)
  const newer = leftover('crashedwindow02', 'Newer crash', 60)

  const pageB = await page.context().newPage()
  await openStudio(pageB, { lng: 'en' })
  expect(await openByPath(pageB, projectPath)).toMatchObject({ recovery: true, recoveries: 2 })
  const prompt = pageB.getByRole('alertdialog', { name: 'Unsaved work was found' })
  await expect(prompt.locator('p')).toContainText(
    '2 autosaved copies from different windows were found. This is the newest; the others are offered when you open the project again.'
  )
  const beforeDiscard = await mark(pageB)
  await prompt.getByRole('button', { name: 'Discard' }).click()
  await waitForSignal(pageB, 'recovery-discarded', beforeDiscard)
  expect([existsSync(newer), existsSync(older)]).toEqual([false, true])

  // Opening again offers the other one, alone (no count).
  expect(await openByPath(pageB, projectPath)).toMatchObject({ recovery: true, recoveries: 1 })
  await expect(prompt.locator('p')).not.toContainText('copies')
  const beforeRecover = await mark(pageB)
  await prompt.getByRole('button', { name: 'Recover' }).click()
  await waitForSignal(pageB, 'project-recovered', beforeRecover)
  await expect(pageB.getByRole('heading', { level: 1, name: 'Older crash' })).toBeVisible()
  await pageB.close()
})
