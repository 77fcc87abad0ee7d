import { expect, test } from '@playwright/test'

import { paragraphs } from '../int/support/content'
import { adminAuth, adminSessionFile } from './support/admin-session'

/**
 * Scheduled publishing as an editor uses it: "Schedule publish" in the admin, run by the jobs
 * queue inside the site's own server (which the e2e server checks every 2 seconds, JOBS_CRON),
 * and the page is live once the time has come. The admin's time picker counts in minutes, so
 * this test waits for the next minute.
 */
test('a Dutch article scheduled for publication in the admin goes live on the site when its time comes', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const auth = adminAuth()
  const run = Date.now()
  const title = `Gepland artikel ${run}`
  const created = await request.post('/api/articles?locale=nl&draft=true', {
    headers: auth,
    data: {
      title,
      excerpt: 'Verschijnt op een gekozen moment.',
      _status: 'draft',
      body: paragraphs('Nog even geduld.'),
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  const path = `/nl/artikelen/${doc.slug}`

  try {
    expect((await request.get(path)).status()).toBe(404)

    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', storageState: adminSessionFile })
    const page = await context.newPage()
    await page.goto(`/admin/collections/articles/${doc.id}?locale=nl`)
    const publish = page.getByRole('button', { name: 'Publish in Nederlands' })
    await expect(publish).toBeVisible({ timeout: 30_000 })
    // The menu beside the Publish button: the next button, reached with the keyboard.
    await publish.focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const drawer = page.getByRole('dialog').filter({ hasText: `Schedule publish for ${title}` })
    await drawer.getByText('Publish', { exact: true }).click()

    // The next whole minute at least 20 seconds away, as the picker writes it (in UTC here).
    const when = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
    const text = when
      .toLocaleString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        hour12: true,
        timeZone: 'UTC',
      })
      .replace(' at ', ' ')
      .replace(/(\d{4}),/, '$1')
    // The drawer's one text box is the date and time.
    const time = drawer.getByRole('textbox').first()
    await time.fill(text)
    await page.keyboard.press('Enter')
    await expect(time).toHaveValue(text)
    // Then the language to publish, its last choice list.
    await drawer.getByRole('combobox').last().click()
    await page.getByRole('option', { name: 'Nederlands', exact: true }).click()
    await drawer.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Scheduled successfully.')).toBeVisible()

    // Not before its time; then live, found by readers without anyone touching the admin.
    expect((await request.get(path)).status()).toBe(404)
    await expect
      .poll(async () => (await request.get(path)).status(), {
        timeout: when.getTime() - Date.now() + 30_000,
        intervals: [1_000],
      })
      .toBe(200)
    expect(Date.now()).toBeGreaterThanOrEqual(when.getTime())
    expect(await (await request.get(path)).text()).toContain(title)
    await context.close()
  } finally {
    await request.delete(`/api/articles/${doc.id}`, { headers: auth })
  }
})
