import { expect, test } from '@playwright/test'

import { adminAuth } from './support/admin-session'
import { paragraphs } from '../int/support/content'
import { article as seedArticle } from './support/site'

test.describe('medical review dates', () => {
  test('an editor finds an article whose review is overdue on the dashboard, and not one that is current', async ({
    browser,
    request,
  }) => {
    const auth = adminAuth()
    const stamp = Date.now()
    const email = `editor-${stamp}@heupfit.test`
    const password = 'an-editor-password'
    const user = await request.post('/api/users', { headers: auth, data: { email, password, role: 'editor' } })
    expect(user.ok(), await user.text()).toBe(true)
    const title = `Oude controle ${stamp}`
    const created = await request.post('/api/articles?locale=nl', {
      headers: auth,
      data: {
        title,
        excerpt: 'Te lang niet nagekeken.',
        body: paragraphs('Een artikel waarvan de medische controle verlopen is.'),
        reviewedAt: '2024-05-02T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { doc } = (await created.json()) as { doc: { id: number; reviewDue: string } }
    expect(doc.reviewDue.slice(0, 10), 'the default: 12 months after the review').toBe('2025-05-02')
    const context = await browser.newContext({ locale: 'en-GB' })
    try {
      const page = await context.newPage()
      await page.goto('/admin/login')
      await page.getByLabel('Email').fill(email)
      await page.getByLabel('Password').fill(password)
      await page.getByRole('button', { name: 'Login' }).click()
      const panel = page.getByRole('region', { name: 'Medical reviews due' })
      await expect(panel).toBeVisible({ timeout: 30_000 })
      const row = panel.getByRole('row', { name: new RegExp(title) })
      await expect(row.getByRole('link', { name: title })).toHaveAttribute(
        'href',
        `/admin/collections/articles/${doc.id}`,
      )
      await expect(row).toContainText('2 May 2025')
      // The seeded article was reviewed on 24 September 2026: due in 2027, so not listed.
      await expect(panel.getByRole('link', { name: seedArticle.title.nl })).toHaveCount(0)
    } finally {
      await context.close()
      await request.delete(`/api/articles/${doc.id}`, { headers: auth })
      await request.delete(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, { headers: auth })
    }
  })
})
