import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest, startApiPayload } from './support/api'
import { makeUser, paragraphs, testPassword } from './support/content'

// One article and one exercise, each published in Dutch and English, then given a newer Dutch
// draft (new text and a changed shared field). The public must keep reading the published text.
let payload: Payload
const secret = 'ONGEPUBLICEERD'
const ids: Record<'articles' | 'exercises', number | string> = { articles: 0, exercises: 0 }
let editorToken = ''

beforeAll(async () => {
  payload = await startApiPayload()
  const article = await payload.create({
    collection: 'articles',
    locale: 'nl',
    data: {
      title: 'Heup in balans',
      excerpt: 'Gepubliceerd',
      body: paragraphs('Gepubliceerde tekst.'),
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    data: { title: 'Hip in balance', excerpt: 'Published', body: paragraphs('Published text.'), _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'nl',
    draft: true,
    data: {
      title: `${secret} titel`,
      excerpt: `${secret} samenvatting`,
      body: paragraphs(`${secret} tekst.`),
      reviewedAt: '2030-01-01T00:00:00.000Z',
      _status: 'draft',
    },
  })
  const exercise = await payload.create({
    collection: 'exercises',
    locale: 'nl',
    data: {
      name: 'Zijplank',
      summary: 'Gepubliceerd',
      videoUrl: 'https://vimeo.com/123456',
      steps: [{ text: 'Ga op je zij liggen' }],
      type: 'strength',
      difficulty: 'intermediate',
      bodyRegions: ['core'],
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'exercises',
    id: exercise.id,
    locale: 'en',
    data: { name: 'Side plank', summary: 'Published', steps: [{ text: 'Lie on your side' }], _status: 'published' },
  })
  await payload.update({
    collection: 'exercises',
    id: exercise.id,
    locale: 'nl',
    draft: true,
    data: { name: `${secret} naam`, summary: `${secret} samenvatting`, difficulty: 'advanced', _status: 'draft' },
  })
  ids.articles = article.id
  ids.exercises = exercise.id
  const editor = await makeUser(payload, 'editor')
  editorToken = (await payload.login({ collection: 'users', data: { email: editor.email, password: testPassword } }))
    .token!
})
afterAll(async () => {
  await payload?.destroy()
})

const idType = () => (payload.db.defaultIDType === 'number' ? 'Int!' : 'String!')

const published = {
  articles: { nl: 'Heup in balans', en: 'Hip in balance' },
  exercises: { nl: 'Zijplank', en: 'Side plank' },
}

describe.each(['articles', 'exercises'] as const)(
  'an anonymous reader of %s never sees a newer draft',
  (collection) => {
    it.each(['nl', 'en'] as const)(
      '?draft=true in %s gives the published version (REST list and by id)',
      async (locale) => {
        for (const path of [
          `/api/${collection}?draft=true&locale=${locale}`,
          `/api/${collection}/${ids[collection]}?draft=true&locale=${locale}`,
        ]) {
          const answer = await rest('GET', path)
          expect(answer.status, path).toBe(200)
          expect(answer.text, path).toContain(published[collection][locale])
          expect(answer.text, path).not.toContain(secret)
        }
      },
    )

    it('?draft=true in English carries no Dutch draft title through sourceTitle, nor the draft’s shared fields', async () => {
      const answer = await rest('GET', `/api/${collection}/${ids[collection]}?draft=true&locale=en`)
      const doc = answer.json as Record<string, unknown>
      expect(doc.sourceTitle).toBeUndefined()
      expect(answer.text).not.toContain('2030-01-01')
      expect(answer.text).not.toContain('advanced')
    })

    it.each(['all', '*'])('locale=%s is refused with a 403 that says why', async (locale) => {
      for (const path of [
        `/api/${collection}?draft=true&locale=${locale}`,
        `/api/${collection}/${ids[collection]}?locale=${locale}`,
      ]) {
        const answer = await rest('GET', path)
        expect(answer.status, path).toBe(403)
        expect(answer.text).toContain('locale=all')
        expect(answer.text).not.toContain(secret)
      }
    })

    it('the versions endpoints are closed', async () => {
      const list = await rest('GET', `/api/${collection}/versions?locale=nl`)
      expect(list.status).toBe(403)
      const { docs } = await payload.findVersions({ collection, limit: 1, sort: '-updatedAt' })
      const one = await rest('GET', `/api/${collection}/versions/${docs[0].id}?locale=nl`)
      expect(one.status).toBe(403)
      expect(list.text + one.text).not.toContain(secret)
    })

    it.each(['nl', 'en'] as const)('GraphQL with draft: true in %s gives the published version', async (locale) => {
      const type = collection === 'articles' ? 'Article' : 'Exercise'
      const list = collection === 'articles' ? 'Articles' : 'Exercises'
      const title = collection === 'articles' ? 'title' : 'name'
      const answer = await graphql(
        `query ($id: ${idType()}) { one: ${type}(id: $id, draft: true, locale: ${locale}) { ${title} sourceTitle }
        many: ${list}(draft: true, locale: ${locale}) { docs { ${title} sourceTitle } } }`,
        { id: ids[collection] },
      )
      expect(answer.text).toContain(published[collection][locale])
      expect(answer.text).not.toContain(secret)
    })

    it('the Local API without override gives the published version and refuses every language at once', async () => {
      for (const locale of ['nl', 'en'] as const) {
        const one = await payload.findByID({
          collection,
          id: ids[collection],
          locale,
          draft: true,
          overrideAccess: false,
        })
        const many = await payload.find({ collection, locale, draft: true, overrideAccess: false })
        expect(JSON.stringify([one, many])).toContain(published[collection][locale])
        expect(JSON.stringify([one, many])).not.toContain(secret)
      }
      await expect(
        payload.find({ collection, locale: 'all', draft: true, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 403 })
    })
  },
)

describe('signed-in users still read drafts', () => {
  it('an editor gets the Dutch draft with ?draft=true, and every language with locale=all', async () => {
    const draft = await rest('GET', `/api/articles/${ids.articles}?draft=true&locale=all`, { token: editorToken })
    expect(draft.status).toBe(200)
    expect(draft.text).toContain(`${secret} titel`)
    expect((draft.json as { sourceTitle: string }).sourceTitle).toBe(`${secret} titel`)
  })
})
