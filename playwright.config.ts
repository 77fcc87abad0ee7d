import { existsSync } from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests (tests/e2e) against the production build, on a database and upload folder
 * of their own: scripts/e2e-server.sh seeds a fresh ./data/e2e.db for every run, builds when
 * needed and starts `next start` on this port.
 */
export const port = Number(process.env.E2E_PORT || 3917)
const baseURL = `http://127.0.0.1:${port}`

// Debian's Chromium where it is installed (Playwright's own browser download is not possible
// everywhere); elsewhere the browser that `npx playwright install chromium` fetched.
const systemChromium = '/usr/bin/chromium'
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {}

/** The specs that write: content through the admin or the API, or the admin's own account. */
const writers =
  /(admin|admin-labels|caption-replacement|editing|hostile|preview|review-dates|scheduling|workflow|xliff)\.spec\.ts$/

export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers keep a two-core machine busy without starving the server.
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // A failure is a finding, not noise: no retries, locally or in CI.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    // Signs the admin in once (tests/e2e/support/admin-session.ts says why).
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { launchOptions } },
    // Specs that only read: in parallel, on the seeded content alone.
    {
      name: 'readers',
      testIgnore: writers,
      use: { ...devices['Desktop Chrome'], launchOptions },
      dependencies: ['setup'],
    },
    // Specs that add or change content (and the admin's logins), one at a time, after the
    // readers, so that no reader counts content a writer is making.
    {
      name: 'writers',
      testMatch: writers,
      fullyParallel: false,
      workers: 1,
      use: { ...devices['Desktop Chrome'], launchOptions },
      dependencies: ['setup', 'readers'],
    },
  ],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `${baseURL}/nl`,
    env: { PORT: String(port) },
    // Seed (~10 s) plus, when the sources changed, a production build (~2½ min cold on two
    // cores, ~½ min with the build cache in .next/cache).
    timeout: 6 * 60_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
