import { expect, test, type Page } from '@playwright/test'
import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { makeClip } from '../helpers/media'
import { openByPath, openStudio } from './harness'

/*
 * The caption style editor in the real studio (browser bridge, Chromium, jassub = libass in WASM):
 * arrow keys through the gallery preview each style in the player on the current frame, Escape ends the
 * preview, Enter chooses; the choice is saved in the project and undoable.
 */

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const isAccent = (r: number, g: number, b: number) => r > 200 && g > 170 && b < 120

/** Centre of the accent-coloured pixels as fractions of the frame, and their share of it. */
function accentCentre(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  step: number
): { x: number; y: number; share: number } {
  let sx = 0,
    sy = 0,
    n = 0
  for (let i = 0, p = 0; i < rgba.length; i += step, p++) {
    if (!isAccent(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!)) continue
    sx += p % width
    sy += Math.floor(p / width)
    n++
  }
  return { x: sx / n / width, y: sy / n / height, share: n / (width * height) }
}

/** The same measure on a stage screenshot, decoded by the browser. */
async function stageAccentCentre(page: Page, png: Buffer): Promise<{ x: number; y: number; share: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const d = ctx.getImageData(0, 0, img.width, img.height).data
    let sx = 0,
      sy = 0,
      n = 0
    for (let i = 0, p = 0; i < d.length; i += 4, p++) {
      if (!(d[i]! > 200 && d[i + 1]! > 170 && d[i + 2]! < 120)) continue
      sx += p % img.width
      sy += Math.floor(p / img.width)
      n++
    }
    return { x: sx / n / img.width, y: sy / n / img.height, share: n / (img.width * img.height) }
  }, png.toString('base64'))
}

/** Pixels of the stage screenshot in the Highlight accent colour (#FFE14D). */
async function accentPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const d = ctx.getImageData(0, 0, img.width, img.height).data
    let n = 0
    for (let i = 0; i < d.length; i += 4) if (d[i]! > 200 && d[i + 1]! > 170 && d[i + 2]! < 120) n++
    return n
  }, png.toString('base64'))
}

/** A one-clip project (3 s of a flat colour, 320×568) with these cues, in a new temp folder. */
async function oneClipProject(title: string, cues: object[]): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kf-captions-'))
  copyFileSync(
    await makeClip({ width: 320, height: 568, durationS: 3, source: 'color', color: '#304050' }),
    join(dir, 'clip.mp4')
  )
  const file = join(dir, 'captions.kindframe')
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'kindframe-project',
      version: 3,
      series: { title },
      sourceLocale: 'en',
      endCard: { enabled: false },
      export: { presetId: 'draft-720x1280' },
      clips: [
        {
          id: 'c1',
          title: 'One',
          media: 'clip.mp4',
          probe: { durationMs: 3000, width: 320, height: 568, fps: 30, hasAudio: true },
          track: { cues }
        }
      ]
    })
  )
  return { dir, file }
}

test('caption styles: gallery preview on the current frame, choose with the keyboard, saved and undoable', async ({
  page
}, info) => {
  const words = [
    { text: 'Be', fromMs: 0, toMs: 700 },
    { text: 'kind', fromMs: 700, toMs: 1500 },
    { text: 'always', fromMs: 1500, toMs: 2500 }
  ]
  const { dir, file } = await oneClipProject('Captions', [
    { id: 'q', startMs: 0, endMs: 2500, text: 'Be kind always', words }
  ])
  await openStudio(page, { lng: 'en' })
  await openByPath(page, file)
  const stage = page.getByTestId('player-stage')
  const layer = stage.locator('.kf-subtitle-layer')
  await expect(layer).toHaveAttribute('data-renderer', 'libass', { timeout: 30_000 })
  await page.getByTestId('timeline-scroll').evaluate((el) => (el.scrollLeft = 0))
  await page.getByTestId('timeline-content').click({ position: { x: 100, y: 20 } }) // 1000 ms: "kind"
  await expect(layer).toHaveAttribute('data-frame', 'en@1000', { timeout: 15_000 })
  expect(await accentPixels(page, await stage.screenshot())).toBe(0) // Classic: white

  await page.getByRole('tab', { name: 'Captions', exact: true }).click()
  const panel = page.getByRole('tabpanel')
  const gallery = panel.getByRole('radiogroup', { name: 'Caption styles' })
  await expect(gallery.getByRole('radio', { name: 'Classic' })).toHaveAttribute('aria-checked', 'true')
  await gallery.getByRole('radio', { name: 'Classic' }).focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  await expect(gallery.getByRole('radio', { name: 'Highlight' })).toBeFocused()
  // Looking at Highlight draws it on the current frame before anything is chosen.
  await expect(layer).toHaveAttribute('data-frame', 'en@1000', { timeout: 15_000 })
  await expect.poll(async () => accentPixels(page, await stage.screenshot()), { timeout: 15_000 }).toBeGreaterThan(50)
  await stage.screenshot({ path: info.outputPath('highlight-preview.png') })
  await page.keyboard.press('Escape')
  await expect.poll(async () => accentPixels(page, await stage.screenshot()), { timeout: 15_000 }).toBe(0)
  await expect(gallery.getByRole('radio', { name: 'Classic' })).toHaveAttribute('aria-checked', 'true')

  // Enter chooses it: one undoable edit, saved in the project.
  await page.keyboard.press('Enter')
  await expect(gallery.getByRole('radio', { name: 'Highlight' })).toHaveAttribute('aria-checked', 'true')
  await expect(panel.getByLabel('Spoken word colour')).toBeVisible()
  await page.keyboard.press('Control+s')
  await expect.poll(() => JSON.parse(readFileSync(file, 'utf8')).caption).toEqual({ preset: 'highlight' })

  // The player's frame matches the exported frame: at 1000 ms the accent colour sits on the same spot
  // (its centre within 2 % of the frame's width and height) and covers the same share of the frame
  // (within 30 %: the player's screenshot is a 232-px-wide scaled copy, the export 720 px).
  await expect(layer).toHaveAttribute('data-frame', 'en@1000', { timeout: 15_000 })
  const player = await stageAccentCentre(page, await stage.screenshot())
  const out = join(dir, 'out')
  await run(
    process.execPath,
    [join(ROOT, 'bin', 'kindframe.mjs'), 'export', file, '--preset', 'draft-720x1280', '--out', out],
    { cwd: ROOT }
  )
  const { stdout: raw } = await run(
    'ffmpeg',
    [
      '-v',
      'error',
      '-ss',
      '1.0',
      '-i',
      join(out, 'Captions', 'One.en.mp4'),
      '-frames:v',
      '1',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      'pipe:1'
    ],
    { encoding: 'buffer', maxBuffer: 64 << 20 }
  )
  const exported = accentCentre(raw as unknown as Buffer, 720, 1280, 3)
  info.annotations.push({ type: 'accent centre (player vs export)', description: JSON.stringify({ player, exported }) })
  expect(exported.share).toBeGreaterThan(0.001)
  expect(
    Math.abs(player.x - exported.x),
    `player ${JSON.stringify(player)} vs export ${JSON.stringify(exported)}`
  ).toBeLessThan(0.02)
  expect(Math.abs(player.y - exported.y)).toBeLessThan(0.02)
  expect(player.share / exported.share).toBeGreaterThan(0.7)
  expect(player.share / exported.share).toBeLessThan(1.3)
  await page.getByRole('tab', { name: 'Captions', exact: true }).click()
  await page.keyboard.press('Control+z')
  await expect(gallery.getByRole('radio', { name: 'Classic' })).toHaveAttribute('aria-checked', 'true')

  // Word timings on the timeline: a tick where each word after the first starts; W moves the nearest
  // boundary to the playhead (1000 ms: "kind" now starts there), one undoable edit.
  const block = page.getByTestId('timeline-cue').first()
  await expect(block.getByTestId('word-tick')).toHaveCount(2)
  await block.click({ position: { x: 5, y: 10 } })
  await page.keyboard.press('w')
  await page.keyboard.press('Control+s')
  await expect
    .poll(() => JSON.parse(readFileSync(file, 'utf8')).clips[0].track.cues[0].words.slice(0, 2))
    .toEqual([
      { text: 'Be', fromMs: 0, toMs: 1000 },
      { text: 'kind', fromMs: 1000, toMs: 1500 }
    ])
})

test('speaker colours: a colour per speaker from the keyboard, saved in the project, drawn by the export', async ({
  page
}) => {
  const { dir, file } = await oneClipProject('Speakers', [
    { id: 'q1', startMs: 0, endMs: 1400, text: 'Hello there', speaker: 'Ana' },
    { id: 'q2', startMs: 1500, endMs: 2900, text: 'Hi Ana', speaker: 'Ben' }
  ])
  await openStudio(page, { lng: 'en' })
  await openByPath(page, file)
  await page.getByRole('tab', { name: 'Captions', exact: true }).click()
  const panel = page.getByRole('tabpanel')
  const gallery = panel.getByRole('radiogroup', { name: 'Caption styles' })
  await gallery.getByRole('radio', { name: 'Classic' }).focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(gallery.getByRole('radio', { name: 'Speaker colours' })).toHaveAttribute('aria-checked', 'true')

  // Both speakers are listed with the palette's colours; Ana's gets a code typed and Enter.
  const picker = panel.getByTestId('speaker-colors')
  await expect(picker.getByLabel('Colour for Ana')).toHaveValue('#ffe14d')
  await expect(picker.getByLabel('Colour for Ben')).toHaveValue('#4dd2ff')
  const code = picker.getByLabel(/Colour code for Ana/)
  await code.focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('#FF2020')
  await page.keyboard.press('Enter')
  await expect(picker.getByLabel('Colour for Ana')).toHaveValue('#ff2020')
  // A wrong code is announced and changes nothing.
  const benCode = picker.getByLabel(/Colour code for Ben/)
  await benCode.focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('red')
  await page.keyboard.press('Enter')
  await expect(panel.getByTestId('speaker-colors-status')).toContainText('is not a colour code')
  await expect(picker.getByLabel('Colour for Ben')).toHaveValue('#4dd2ff')
  await page.keyboard.press('Control+s')
  await expect
    .poll(() => JSON.parse(readFileSync(file, 'utf8')).caption)
    .toEqual({ preset: 'speaker-colors', options: { speakerColors: { Ana: '#FF2020' } } })

  // The export draws Ana's line in her colour.
  const out = join(dir, 'out')
  await run(
    process.execPath,
    [join(ROOT, 'bin', 'kindframe.mjs'), 'export', file, '--preset', 'draft-720x1280', '--out', out],
    { cwd: ROOT }
  )
  const { stdout: raw } = await run(
    'ffmpeg',
    [
      '-v',
      'error',
      '-ss',
      '0.7',
      '-i',
      join(out, 'Speakers', 'One.en.mp4'),
      '-frames:v',
      '1',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      'pipe:1'
    ],
    { encoding: 'buffer', maxBuffer: 64 << 20 }
  )
  const px = raw as unknown as Buffer
  let red = 0
  for (let i = 0; i < px.length; i += 3) if (px[i]! > 200 && px[i + 1]! < 90 && px[i + 2]! < 90) red++
  expect(red).toBeGreaterThan(200)

  // Back to the palette's colour with one button.
  await page.getByRole('tab', { name: 'Captions', exact: true }).click()
  await picker.getByRole('button', { name: 'Use the palette colour' }).click()
  await expect(picker.getByLabel('Colour for Ana')).toHaveValue('#ffe14d')
})
