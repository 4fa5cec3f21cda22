import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeClip } from '../helpers/media'
import { createProject, importByPath, openStudio, saveAs } from './harness'

test.describe.configure({ mode: 'serial' })

function srt(cues: { start: string; end: string; text: string }[]): string {
  return cues.map((c, i) => `${i + 1}\n${c.start} --> ${c.end}\n${c.text}\n`).join('\n')
}

async function setUp(page: Page, dir: string): Promise<void> {
  const clip = await makeClip({ width: 320, height: 180, durationS: 3, source: 'color', color: '#305030' })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Files', 'ms, ar')
  await saveAs(page, join(dir, 'files.kindframe'))
  expect(await importByPath(page, [clip])).toMatchObject({ added: 1, rejected: 0 })
}

async function importSrt(page: Page, path: string): Promise<void> {
  await page.getByRole('tab', { name: 'Subtitles', exact: true }).click()
  const panel = page.getByRole('tabpanel')
  await panel.getByText('Subtitle files').click()
  const box = panel.getByTestId('subtitles-import')
  await box.getByRole('textbox').fill(path)
  await box.getByRole('button', { name: 'Import' }).click()
  await expect(box.getByRole('status')).toContainText('Cues imported')
}

test('SRT in, keyboard through the cue list, F8 to the QC issue, I/O timing, VTT and XLIFF out', async ({
  page
}, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-editors-files-'))
  await setUp(page, dir)
  const srtPath = join(dir, 'in.srt')
  writeFileSync(
    srtPath,
    srt([
      { start: '00:00:00,200', end: '00:00:00,900', text: 'Hi Sam.' },
      {
        start: '00:00:01,000',
        end: '00:00:01,700',
        text: 'This line is far, far too long to fit on one subtitle line of a phone screen'
      },
      { start: '00:00:02,000', end: '00:00:02,600', text: 'See you tomorrow!' }
    ])
  )
  await importSrt(page, srtPath)
  const panel = page.getByRole('tabpanel')
  const rows = panel.getByTestId('cue-row')
  await expect(rows).toHaveCount(3)

  // The list is one tab stop; arrows move the selection (aria-activedescendant) and the playhead follows.
  const list = panel.getByRole('listbox', { name: 'Cues of the source track' })
  await list.focus()
  await page.keyboard.press('ArrowDown')
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('End')
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true')
  await expect(list).toHaveAttribute('aria-activedescendant', (await rows.nth(2).getAttribute('id')) ?? 'missing')
  await expect(page.getByTestId('player-time')).toContainText('00:00:02.000 /')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Home')

  // F8 jumps to the cue with the QC error (the long line) and the editor shows the finding.
  await expect(rows.nth(1).locator('.kf-badge-error')).toBeVisible()
  await page.keyboard.press('F8')
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(panel.getByTestId('qc-issue').filter({ hasText: 'characters wide' })).toBeVisible()

  // I / O: the selected cue takes the playhead as its start and end, snapped to output frames (950 ms → frame 28.5 → 29 → 967 ms).
  await page.keyboard.press('Home')
  await page.keyboard.press('Alt+ArrowDown') // cue 1 → 2 via the action, then back
  await page.keyboard.press('Alt+ArrowUp')
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.getByTestId('timeline-scroll').evaluate((el) => (el.scrollLeft = 0))
  await page.getByTestId('timeline-content').click({ position: { x: 10, y: 20 } })
  await page.keyboard.press('i')
  await page.getByTestId('timeline-content').click({ position: { x: 95, y: 20 } })
  await page.keyboard.press('o')
  await expect(rows.nth(0)).toContainText('00:00:00.100 → 00:00:00.967')
  await page.screenshot({ path: testInfo.outputPath('files-cues.png') })

  // Drag the third cue block on the timeline (100 px per second): 20 px left moves it 200 ms on the
  // frame grid; 12 px more brings its start within 8 px of cue 2's end, so it snaps to 1.700 s.
  const drag = async (dx: number) => {
    const block = page.getByTestId('timeline-cue').nth(2)
    const b = await block.boundingBox()
    if (!b) throw new Error('cue block not visible')
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2)
    await page.mouse.down()
    await page.mouse.move(b.x + b.width / 2 + dx, b.y + b.height / 2, { steps: 5 })
    await page.mouse.up()
  }
  await drag(-20)
  await expect(rows.nth(2)).toContainText('00:00:01.800 → 00:00:02.400')
  await drag(-12)
  await expect(rows.nth(2)).toContainText('00:00:01.700 → 00:00:02.300')

  // Export the source track as WebVTT through the real service and read the file back.
  const vttPath = join(dir, 'out.vtt')
  await panel.getByLabel('Format').selectOption('vtt')
  const exp = panel.getByTestId('subtitles-export')
  await exp.getByRole('textbox').fill(vttPath)
  await exp.getByRole('button', { name: 'Export' }).click()
  await expect(exp.getByRole('status')).toContainText('Saved vtt')
  const vtt = readFileSync(vttPath, 'utf8')
  expect(vtt.startsWith('WEBVTT')).toBe(true)
  expect(vtt).toContain('00:00:00.100 --> 00:00:00.967')
  expect(vtt).toContain('See you tomorrow!')

  // XLIFF 2.0 hand-off for Malay: one unit per cue.
  await page.getByRole('tab', { name: 'Translate', exact: true }).click()
  const tr = page.getByRole('tabpanel')
  await tr.getByText('Translator hand-off (ms)').click()
  const xlf = join(dir, 'files.ms.xlf')
  const hand = tr.getByTestId('handoff-export')
  await hand.getByRole('textbox').fill(xlf)
  await hand.getByRole('button', { name: 'Export' }).click()
  await expect(hand.getByRole('status')).toContainText('Saved 3 units')
  const xml = readFileSync(xlf, 'utf8')
  expect(xml).toContain('<xliff')
  expect(xml.match(/<unit /g)?.length).toBe(3)
})

test('a 3,000-cue track renders a window of rows and scrolls to the end; RTL safe zone mirrors', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-editors-big-'))
  await setUp(page, dir)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  const ts = (ms: number) =>
    `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`
  const big = Array.from({ length: 3000 }, (_, i) => ({
    start: ts(i * 1000),
    end: ts(i * 1000 + 700),
    text: `Cue number ${i + 1}`
  }))
  const path = join(dir, 'big.srt')
  writeFileSync(path, srt(big))
  await importSrt(page, path)
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByTestId('qc-summary')).toContainText('3000 cues')
  const rendered = await panel.getByTestId('cue-row').count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(60)
  await panel.getByRole('listbox').focus()
  await page.keyboard.press('End')
  await expect(panel.getByTestId('cue-row').filter({ hasText: 'Cue number 3000' })).toHaveAttribute(
    'aria-selected',
    'true'
  )

  // Safe zone for an Arabic preview: the side inset moves to the left.
  await page.getByRole('toolbar', { name: 'Playback controls' }).getByLabel('Subtitles').selectOption('ar')
  await page.getByRole('button', { name: 'Safe zone' }).click()
  await expect(page.locator('.kf-safe-zone')).toHaveAttribute('data-mirrored', 'true')
})

test('transport keys: frame step, space plays through the clip, J/K/L shuttle', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-editors-transport-'))
  await setUp(page, dir)
  const time = page.getByTestId('player-time')
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(time).toContainText('00:00:00.067 /') // two output frames at 30 fps
  await page.keyboard.press('ArrowLeft')
  await expect(time).toContainText('00:00:00.033 /')

  await page.keyboard.press('Space')
  await expect(page.getByTestId('player-play')).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(async () => (await time.textContent()) ?? '', { timeout: 10_000 }).toMatch(/^00:00:0[1-9]/)
  await page.keyboard.press('k')
  await expect(page.getByTestId('player-play')).toHaveAttribute('aria-pressed', 'false')
  const stopped = await time.textContent()
  await page.waitForTimeout(300)
  await expect(time).toHaveText(stopped ?? '')

  // L twice: double speed, shown beside the time; J reverses.
  await page.keyboard.press('l')
  await page.keyboard.press('l')
  await expect(page.getByRole('toolbar', { name: 'Playback controls' })).toContainText('2× speed')
  await page.keyboard.press('j')
  await expect(page.getByRole('toolbar', { name: 'Playback controls' })).toContainText('-1× speed')
  const before = await time.textContent()
  await expect.poll(async () => (await time.textContent()) ?? '', { timeout: 5_000 }).not.toBe(before)
  await page.keyboard.press('k')
})

test('draft cues from the script over the clip audio (real ffmpeg speech detection)', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-editors-draft-'))
  await setUp(page, dir)
  await page.getByRole('tab', { name: 'Script', exact: true }).click()
  const panel = page.getByRole('tabpanel')
  await panel.getByTestId('script-editor').fill('Hi Sam. Want to sit with us?\nSee you tomorrow!')
  await panel.getByTestId('draft-from-script').click()
  const status = panel.getByRole('status').filter({ hasText: 'Cues drafted' })
  await expect(status).toBeVisible({ timeout: 60_000 })
  const drafted = Number(/Cues drafted: (\d+)/.exec((await status.textContent()) ?? '')?.[1])
  expect(drafted).toBeGreaterThanOrEqual(2)
  await page.getByRole('tab', { name: 'Subtitles', exact: true }).click()
  await expect(page.getByTestId('cue-row')).toHaveCount(drafted)
  await expect(page.getByTestId('cue-row').first()).toContainText('Hi Sam.')
})
