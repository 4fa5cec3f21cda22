import { defineConfig } from '@playwright/test'

/**
 * The real renderer in Debian's Chromium, talking to the real handlers over the browser bridge
 * (started once in global-setup against the built out/renderer; `npm test` builds first).
 * One worker: the machine has 2 cores shared by the whole team, and exports are real ffmpeg runs.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Overridable so teammates running Playwright at the same time don't wipe each other's artifacts.
  outputDir: process.env.KINDFRAME_TEST_RESULTS ?? 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A real export of a short clip on a busy 2-core machine takes ~30 s; a whole flow several of those.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: process.env.KINDFRAME_PLAYWRIGHT_REPORT ?? 'playwright-report' }]
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  }
})
