import { expect, test } from '@playwright/test'

import { adminAuth } from './support/admin-session'

// These tests change content, each on a topic of its own, so that the reading tests are untouched.
test.describe('an editor’s change on the site', () => {
  test('a published change shows at once, and a renamed page answers its old address with a permanent redirect', async ({
    request,
  }) => {
    const auth = adminAuth()
    const name = `Testonderwerp ${Date.now()}`
    const created = await request.post('/api/topics?locale=nl', {
      headers: auth,
      data: { name, description: 'Eerste versie.' },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    try {
      const oldPath = `/nl/onderwerpen/${doc.slug}`
      await expect.poll(async () => (await request.get(oldPath)).status()).toBe(200)

      await request.patch(`/api/topics/${doc.id}?locale=nl`, { headers: auth, data: { description: 'Tweede versie.' } })
      await expect.poll(async () => (await request.get(oldPath)).text(), { timeout: 5_000 }).toContain('Tweede versie.')

      const renamed = await request.patch(`/api/topics/${doc.id}?locale=nl`, {
        headers: auth,
        data: { slug: `${doc.slug}-nieuw` },
      })
      expect(renamed.ok(), await renamed.text()).toBe(true)
      const answer = await request.get(oldPath, { maxRedirects: 0 })
      expect(answer.status()).toBe(308)
      // Next 16 repeats the Location header of a redirect from a prerendered route; each names the new page.
      const locations = answer
        .headersArray()
        .filter((header) => header.name.toLowerCase() === 'location')
        .map((header) => header.value)
      expect(locations.length).toBeGreaterThan(0)
      expect(new Set(locations)).toEqual(new Set([`/nl/onderwerpen/${doc.slug}-nieuw`]))
      expect((await request.get(`/nl/onderwerpen/${doc.slug}-nieuw`)).status()).toBe(200)
    } finally {
      await request.delete(`/api/topics/${doc.id}`, { headers: auth })
      await request.delete(`/api/redirects?where[from][equals]=/nl/onderwerpen/${doc.slug}`, { headers: auth })
    }
  })
})

test.describe('the server’s own revalidation endpoint', () => {
  test('refuses a request that this server did not sign, and tags it does not know', async ({ request }) => {
    const unsigned = await request.post('/api/revalidate', { data: { tags: ['articles'] } })
    expect(unsigned.status()).toBe(403)
    const forged = await request.post('/api/revalidate', {
      data: { tags: ['articles'] },
      headers: { 'x-heupfit-revalidate': 'a'.repeat(64) },
    })
    expect(forged.status()).toBe(403)
    const unknown = await request.post('/api/revalidate', { data: { tags: ['everything'] } })
    expect(unknown.status()).toBe(400)
  })
})
