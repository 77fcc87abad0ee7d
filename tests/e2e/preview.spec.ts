import { expect, test } from '@playwright/test'

import { admin, exerciseByKey, messages } from './support/site'

const exercise = exerciseByKey('dead-bug')

test.describe('draft preview', () => {
  test('is refused to a reader who is not signed in', async ({ request }) => {
    const response = await request.get('/api/preview?collection=exercises&id=1&locale=en', { maxRedirects: 0 })
    expect(response.status()).toBe(401)
  })

  test('shows a signed-in editor the English draft at its reader URL, while readers keep the published text', async ({
    page,
    browser,
  }) => {
    // Signing in through the API gives this page's browser context the admin's session cookie.
    const login = await page.request.post('/api/users/login', { data: admin })
    expect(login.ok(), await login.text()).toBe(true)
    // The API calls authorise with the token; the browser's pages with the session cookie.
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
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
