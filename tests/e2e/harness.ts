import { expect, type Page } from '@playwright/test'

/**
 * Drives the studio through its own signals (window.__kindframe, see src/renderer/src/app/harness.ts)
 * instead of sleeping: wait for "ready", for a named event after a mark, or for no calls in flight.
 */
export interface Signal {
  type: string
  [key: string]: unknown
}

export function appUrl(params: Record<string, string> = {}): string {
  const base = process.env.KINDFRAME_URL
  if (!base) throw new Error('KINDFRAME_URL is not set: the Playwright global setup starts the bridge.')
  const url = new URL(base)
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
  return url.toString()
}

export async function openStudio(page: Page, params: Record<string, string> = {}): Promise<void> {
  await page.goto(appUrl(params))
  await page.waitForFunction(() => window.__kindframe?.ready === true)
}

/** Number of signals so far: pass it to waitForSignal to only accept newer ones. */
export async function mark(page: Page): Promise<number> {
  return page.evaluate(() => window.__kindframe?.events.length ?? 0)
}

/**
 * Waits for a signal of `type` emitted after `since`. An "error" signal (an alert the app showed)
 * ends the wait at once with the app's own message, instead of a bare timeout.
 */
export async function waitForSignal(
  page: Page,
  type: string,
  since: number,
  timeout = 30_000,
  failOnError = true
): Promise<Signal> {
  const handle = await page.waitForFunction(
    ([t, from, failFast]) =>
      window.__kindframe?.events.slice(from as number).find((e) => e.type === t || (failFast && e.type === 'error')) ??
      null,
    [type, since, failOnError] as const,
    { timeout }
  )
  const signal = (await handle.jsonValue()) as Signal
  if (signal.type === 'error' && type !== 'error')
    throw new Error(`The app reported an error while waiting for "${type}": ${String(signal.message)}`)
  return signal
}

export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__kindframe?.pending === 0)
}

/** New project through the UI. */
export async function createProject(page: Page, title: string, targets = 'ms, ar'): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.getByLabel('Series title').fill(title)
  // Typed key by key (not fill) so focus must stay in the field while the dialog re-renders.
  const targetField = dialog.getByLabel('Target languages')
  await targetField.clear()
  await targetField.pressSequentially(targets)
  await expect(targetField).toHaveValue(targets)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

export async function saveAs(page: Page, path: string): Promise<void> {
  const since = await mark(page)
  await page.getByRole('button', { name: 'Save as…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save project as' })
  await dialog.getByRole('textbox').fill(path)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await waitForSignal(page, 'project-saved', since)
}

export async function importByPath(page: Page, paths: string[]): Promise<Signal> {
  const since = await mark(page)
  await page.getByRole('complementary', { name: 'Clip bin' }).getByRole('button', { name: 'Import' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import clips' })
  await dialog.getByLabel('Video file paths, one per line').fill(paths.join('\n'))
  await dialog.getByRole('button', { name: /^Import \d+ files?$/ }).click()
  return waitForSignal(page, 'import-done', since)
}

export async function openByPath(page: Page, path: string): Promise<Signal> {
  const since = await mark(page)
  await page.getByRole('button', { name: 'Open', exact: true }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Open project' })
  await dialog.getByRole('textbox').fill(path)
  await dialog.getByRole('button', { name: 'Open' }).click()
  return waitForSignal(page, 'project-opened', since)
}
