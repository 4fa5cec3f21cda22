import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeClip } from '../helpers/media'
import { createProject, importByPath, openStudio, saveAs } from './harness'

/** axe on every editor panel with real content (cues, a translation, lint findings), in English and Arabic. */
for (const lng of ['en', 'ar']) {
  test(`editor panels have no axe violations (${lng})`, async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-editors-a11y-'))
    const clip = await makeClip({ width: 320, height: 180, durationS: 3, source: 'color', color: '#503030' })
    await openStudio(page, { lng: 'en' })
    await createProject(page, 'Access', 'ms')
    await saveAs(page, join(dir, 'a11y.kindframe'))
    expect(await importByPath(page, [clip])).toMatchObject({ added: 1 })
    const srt = join(dir, 'a.srt')
    writeFileSync(
      srt,
      '1\n00:00:00,200 --> 00:00:01,000\nYou are such a loser\n\n2\n00:00:01,200 --> 00:00:02,000\nSee you tomorrow\n'
    )
    await page.getByRole('tab', { name: 'Subtitles', exact: true }).click()
    await page.getByRole('tabpanel').getByText('Subtitle files').click()
    const box = page.getByTestId('subtitles-import')
    await box.getByRole('textbox').fill(srt)
    await box.getByRole('button', { name: 'Import' }).click()
    await page.getByTestId('cue-row').first().click()
    await page.getByRole('tab', { name: 'Script', exact: true }).click()
    await page.getByTestId('script-editor').fill('You are such a loser')
    if (lng === 'en') {
      // The lint panel counts the script's finding and the cue's, each placed where it is.
      await page.getByRole('tab', { name: 'Lint', exact: true }).click()
      const lint = page.getByRole('tabpanel')
      await expect(lint.getByTestId('lint-panel-issue').filter({ hasText: 'Script line 1' })).toHaveCount(1)
      await expect(lint.getByTestId('lint-panel-issue').filter({ hasText: 'Cue 1' })).toHaveCount(1)
      await expect(lint.getByText('Insult: 2')).toBeVisible()
    }
    // Switch the UI language in place (the project stays open); Arabic mirrors the layout.
    if (lng !== 'en') {
      await page
        .locator('select')
        .filter({ has: page.locator(`option[value="${lng}"]`) })
        .first()
        .selectOption(lng)
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    }
    const check = async (label: string) => {
      const results = await new AxeBuilder({ page })
        .include('.kf-player')
        .include('.kf-timeline')
        .include('[role="tabpanel"]')
        .analyze()
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
    // Inspector tabs 1–5: Script, Subtitles, Translate, End card, Lint (by position: names are translated).
    for (let i = 1; i <= 5; i++) {
      const tab = page.getByRole('tab').nth(i)
      await tab.click()
      await check(`${lng} ${(await tab.textContent()) ?? i}`)
    }
  })
}
