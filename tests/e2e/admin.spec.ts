import { expect, test } from '@playwright/test'

import { adminSessionFile } from './support/admin-session'
import { admin, article } from './support/site'

test.describe('the admin', () => {
  // One after the other: each login (and each refused one) rewrites the admin's account, and
  // two at the same moment can undo each other's change (see support/admin-session.ts).
  test.describe.configure({ mode: 'serial' })
  // The admin's language follows the browser's: English here.
  test.use({ locale: 'en-GB' })
  // Payload's admin is a large client application: its first load takes a while.
  test.setTimeout(60_000)

  test('asks for a login', async ({ page }) => {
    const response = await page.goto('/admin')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL(/\/admin\/login/)
    await expect(page.getByLabel(/email/i)).toBeVisible()
    await expect(page.getByLabel(/password/i)).toBeVisible()
    await expect(page.getByRole('button', { name: /log ?in/i })).toBeVisible()
  })

  test('a wrong password is refused', async ({ page }) => {
    await page.goto('/admin/login')
    await page.getByLabel(/email/i).fill(admin.email)
    await page.getByLabel(/password/i).fill('not-the-password')
    await page.getByRole('button', { name: /log ?in/i }).click()
    await expect(page.getByText(/incorrect|invalid/i).first()).toBeVisible({ timeout: 15_000 })
    await expect(page).toHaveURL(/\/admin\/login/)
  })

  test('the admin logs in and sees the dashboard with Articles and Exercises', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    await page.getByLabel(/email/i).fill(admin.email)
    await page.getByLabel(/password/i).fill(admin.password)
    await page.getByRole('button', { name: /log ?in/i }).click()

    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    // The dashboard's cards, one per collection, each with a link to its list.
    for (const collection of ['Articles', 'Exercises']) {
      await expect(page.getByRole('heading', { level: 3, name: collection, exact: true })).toBeVisible({
        timeout: 20_000,
      })
      await expect(page.getByRole('link', { name: `Show all ${collection}` })).toHaveAttribute(
        'href',
        `/admin/collections/${collection.toLowerCase()}`,
      )
    }
    // And the navigation beside it.
    const navigation = page
      .getByRole('navigation')
      .filter({ has: page.getByRole('link', { name: 'Articles', exact: true }) })
    await expect(navigation.getByRole('link', { name: 'Exercises', exact: true })).toBeVisible()

    // The translation overview: the seeded article is translated and published in English.
    const overview = page.getByRole('region', { name: 'Translations' })
    await expect(overview).toBeVisible()
    const published = overview.getByRole('link', { name: /^Articles, English: \d+ Published$/ })
    await expect(published).toHaveAttribute('href', /\/admin\/collections\/articles\?locale=en&/)
    expect(Number(await published.textContent())).toBeGreaterThanOrEqual(1)
    await published.click()
    await expect(page).toHaveURL(/\/admin\/collections\/articles/)
    await expect(page.getByRole('link', { name: article.title.en })).toBeVisible({ timeout: 20_000 })
  })
})

test.describe('the admin’s own language', () => {
  test('follows a Dutch browser, and each user can switch it on the account page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'nl-NL', storageState: adminSessionFile })
    const page = await context.newPage()
    await page.goto('/admin')
    // The dashboard's translation panel, in Dutch.
    await expect(page.getByRole('region', { name: 'Vertalingen' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 3, name: 'Artikelen', exact: true })).toBeVisible()

    await page.goto('/admin/account')
    // Under "Payload Instellingen": the language of the admin, for this user.
    await page.locator('#language-select').click()
    await page.getByRole('option', { name: 'English' }).click()
    await expect(page.getByText('Payload Settings')).toBeVisible({ timeout: 15_000 })
    await page.goto('/admin')
    await expect(page.getByRole('region', { name: 'Translations' })).toBeVisible({ timeout: 30_000 })
    await context.close()
  })
})
