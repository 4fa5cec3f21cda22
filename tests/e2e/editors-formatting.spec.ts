import { expect, test } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeClip } from '../helpers/media'
import { createProject, importByPath, openStudio, saveAs } from './harness'

/*
 * Formatting and positions through the real studio: an SRT with {\an8}<i>…</i> imports as an italic
 * cue at the top (no tags in the text), the import report lists the dropped cue by line, Ctrl+B in the
 * cue text makes the selection bold, the position menu moves a cue, and a WebVTT export writes it all.
 */
test('formatting and positions: import, see, edit with the keyboard, export', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-editors-format-'))
  const clip = await makeClip({ width: 320, height: 180, durationS: 3, source: 'color', color: '#303050' })
  await openStudio(page, { lng: 'en' })
  await createProject(page, 'Formatting', 'ms')
  await saveAs(page, join(dir, 'format.kindframe'))
  expect(await importByPath(page, [clip])).toMatchObject({ added: 1, rejected: 0 })

  const srtPath = join(dir, 'in.srt')
  writeFileSync(
    srtPath,
    '1\n00:00:00,200 --> 00:00:00,900\n{\\an8}<i>Who is there?</i>\n\n2\n00:00:01,000 --> 00:00:01,700\nPlain line\n\n3\n00:00:02,500 --> 00:00:02,000\nBackwards\n'
  )
  await page.getByRole('tab', { name: 'Subtitles', exact: true }).click()
  const panel = page.getByRole('tabpanel')
  await panel.getByText('Subtitle files').click()
  const box = panel.getByTestId('subtitles-import')
  await box.getByRole('textbox').fill(srtPath)
  await box.getByRole('button', { name: 'Import' }).click()
  await expect(box.getByRole('status')).toContainText('Cues imported: 2')
  await expect(box.getByRole('status')).toContainText('1 dropped')
  await expect(panel.getByTestId('import-report')).toContainText(
    'Line 10 · dropped: cue dropped: it ends (2000 ms) before it starts (2500 ms): "Backwards"'
  )

  const rows = panel.getByTestId('cue-row')
  await expect(rows).toHaveCount(2)
  // The tags became formatting and a position: the text is plain, drawn in italics, with a position badge.
  await expect(rows.nth(0).locator('.kf-cue-text')).toHaveText('Who is there?')
  await expect(rows.nth(0).locator('.kf-cue-text span').first()).toHaveCSS('font-style', 'italic')
  await expect(rows.nth(0).getByTestId('cue-place')).toHaveText('Position: Top')

  // Ctrl+B on a selection in the cue text makes it bold; the toolbar and the preview show it.
  await rows.nth(1).click()
  const text = panel.getByTestId('cue-text')
  await text.focus()
  await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.length))
  await page.keyboard.press('Control+b')
  await expect(panel.getByTestId('format-bold')).toHaveAttribute('aria-pressed', 'true')
  await expect(panel.getByTestId('cue-preview').locator('span').first()).toHaveCSS('font-weight', '700')
  // Typing at the end keeps the word bold; the text itself stays plain.
  await text.press('End')
  await page.keyboard.type('!')
  await expect(text).toHaveValue('Plain line!')
  await expect(panel.getByTestId('format-bold')).toHaveAttribute('aria-pressed', 'true')
  await panel.getByTestId('cue-position').selectOption({ label: 'Top left' })
  await expect(rows.nth(1).getByTestId('cue-place')).toHaveText('Position: Top left')

  const vttPath = join(dir, 'out.vtt')
  await panel.getByLabel('Format').selectOption('vtt')
  const exp = panel.getByTestId('subtitles-export')
  await exp.getByRole('textbox').fill(vttPath)
  await exp.getByRole('button', { name: 'Export' }).click()
  await expect(exp.getByRole('status')).toContainText('Saved vtt')
  const vtt = readFileSync(vttPath, 'utf8')
  expect(vtt).toContain('00:00:00.200 --> 00:00:00.900 line:0\n<i>Who is there?</i>')
  expect(vtt).toContain('00:00:01.000 --> 00:00:01.700 line:0 align:left\n<b>Plain line!</b>')
})
