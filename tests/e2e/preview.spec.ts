import { expect, test } from '@playwright/test'

import { adminAuth, adminSessionFile } from './support/admin-session'
import { exerciseByKey, messages } from './support/site'

const exercise = exerciseByKey('dead-bug')

test.describe('draft preview', () => {
  test('is refused to a reader who is not signed in', async ({ request }) => {
    const response = await request.get('/api/preview?collection=exercises&id=1&locale=en', { maxRedirects: 0 })
    expect(response.status()).toBe(401)
  })

  test.describe('for a signed-in editor', () => {
    test.use({ storageState: adminSessionFile })

    test('shows a signed-in editor the English draft at its reader URL, while readers keep the published text', async ({
      page,
      browser,
    }) => {
      // The browser's pages carry the admin's session cookie (test.use below); API calls the token.
      const auth = adminAuth()
      const found = await page.request.get(`/api/exercises?locale=en&where[slug][equals]=${exercise.slug.en}&depth=0`)
      const { docs } = (await found.json()) as { docs: { id: number; name: string }[] }
      const id = docs[0]?.id
      expect(id).toBeDefined()
      const draftName = `${exercise.name.en} (draft ${Date.now()})`
      try {
        const saved = await page.request.patch(`/api/exercises/${id}?locale=en&draft=true`, {
          headers: auth,
          data: { name: draftName },
        })
        expect(saved.ok(), await saved.text()).toBe(true)

        await page.goto(`/api/preview?collection=exercises&id=${id}&locale=en`)
        await expect(page).toHaveURL(new RegExp(`/en/exercises/${exercise.slug.en}$`))
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftName)
        await expect(page.getByRole('status')).toContainText(messages.en.preview.notice)

        const reader = await browser.newPage()
        await reader.goto(`/en/exercises/${exercise.slug.en}`)
        await expect(reader.getByRole('heading', { level: 1 })).toHaveText(exercise.name.en)
        await reader.close()

        await page.getByRole('link', { name: messages.en.preview.exit }).click()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(exercise.name.en)
      } finally {
        // Publish the seeded English name again, so the draft does not outlive the test.
        await page.request.patch(`/api/exercises/${id}?locale=en`, {
          headers: auth,
          data: { name: exercise.name.en, _status: 'published' },
        })
      }
    })
  })
})
