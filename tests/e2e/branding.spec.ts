import { expect, test } from '@playwright/test'

import { adminSessionFile } from './support/admin-session'
import { locales, paths } from './support/site'

test.describe('the site’s icons', () => {
  for (const locale of locales) {
    test(`a reader's page in ${locale} links the site's icons and loads nothing that is missing`, async ({ page }) => {
      const missing: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`)
      })
      await page.goto(paths.home(locale))
      await page.waitForLoadState('networkidle')
      const icon = page.locator('link[rel="icon"][type="image/svg+xml"]')
      await expect(icon).toHaveCount(1)
      const response = await page.request.get((await icon.getAttribute('href'))!)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toContain('image/svg+xml')
      const apple = await page.request.get((await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!)
      expect(apple.headers()['content-type']).toContain('image/png')
      // A browser asks for /favicon.ico when a page names no icon; none may be missing.
      expect(missing).toEqual([])
    })
  }
})

test.describe('the admin is Heupfit’s', () => {
  test.use({ locale: 'en-GB' })
  test.setTimeout(60_000)

  test('its sign-in page shows Heupfit’s logo and icon, not Payload’s', async ({ page }) => {
    await page.goto('/admin/login')
    await expect(page.locator('.heupfit-logo')).toContainText('Heupfit')
    await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute('href', /^\/icon\.svg/)
  })

  test.describe('signed in', () => {
    test.use({ storageState: adminSessionFile })

    test('draws the profile picture locally (no Gravatar) and dates with their year', async ({ page }) => {
      const outside: string[] = []
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (!['127.0.0.1', 'localhost'].includes(url.hostname)) outside.push(request.url())
      })
      await page.goto('/admin/collections/articles')
      await expect(page.locator('.heupfit-icon').first()).toBeVisible()
      const updated = page.locator('td.cell-updatedAt').first()
      await expect(updated).toHaveText(/^\d{1,2} \p{L}+ \d{4} \d{2}:\d{2}$/u)
      await page.goto('/admin/account')
      await page.waitForLoadState('networkidle')
      expect(outside, 'requests that leave this machine').toEqual([])
    })
  })
})
