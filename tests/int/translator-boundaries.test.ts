import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { makeAdminAndTranslator, makeDutchArticle, paragraphs } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload
let translator: User & { collection: 'users' }

beforeAll(async () => {
  payload = await startPayload()
  translator = await makeAdminAndTranslator(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

const asTranslator = () => ({ overrideAccess: false, user: translator })

/** Published in Dutch, then a pending Dutch draft (as autosave leaves one), and an English draft. */
async function dutchWithPendingDraft(title: string) {
  const article = await payload.create({
    collection: 'articles',
    locale: 'nl',
    data: { title, excerpt: 'Gepubliceerd', body: paragraphs('Gepubliceerde tekst'), _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'nl',
    draft: true,
    autosave: true,
    data: { title: `${title} (concept)`, excerpt: 'Nog niet klaar', _status: 'draft' },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    draft: true,
    data: { title: `${title} in English`, excerpt: 'Ready', body: paragraphs('English text'), _status: 'draft' },
    ...asTranslator(),
  })
  return article
}

const publicRead = async (id: number | string, locale: 'nl' | 'en') =>
  (await payload.find({ collection: 'articles', locale, overrideAccess: false, where: { id: { equals: id } } })).docs[0]

// Every way a translator's publish reaches the server: the admin's menu items are these REST forms.
const publishForms: { name: string; options: Record<string, unknown>; data: Record<string, unknown> }[] = [
  {
    name: '"Publish all locales" (publishAllLocales)',
    options: { publishAllLocales: true },
    data: { _status: 'published' },
  },
  { name: 'publishAllLocales without a status', options: { publishAllLocales: true }, data: {} },
  {
    name: '"Publish in English" (publishSpecificLocale)',
    options: { publishSpecificLocale: 'en' },
    data: { _status: 'published' },
  },
  { name: 'a plain publish (_status: published)', options: {}, data: { _status: 'published' } },
]

describe("a translator's publish never touches Dutch", () => {
  console.log(`publish forms checked: ${publishForms.length}`)
  for (const form of publishForms) {
    it(`${form.name} publishes English and leaves the published Dutch text and its pending draft alone`, async () => {
      const article = await dutchWithPendingDraft(`Grens ${form.name}`)
      await payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'en',
        data: form.data,
        ...form.options,
        ...asTranslator(),
      })
      const nl = await publicRead(article.id, 'nl')
      expect(nl?.title).toBe(`Grens ${form.name}`)
      expect(nl?.excerpt).toBe('Gepubliceerd')
      expect((await publicRead(article.id, 'en'))?.title).toBe(`Grens ${form.name} in English`)
      const nlDraft = await payload.findByID({ collection: 'articles', id: article.id, locale: 'nl', draft: true })
      expect(nlDraft.title).toBe(`Grens ${form.name} (concept)`)
    })
  }

  it('cannot unpublish every language', async () => {
    const article = await dutchWithPendingDraft('Niet offline')
    await expect(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'en',
        data: {},
        unpublishAllLocales: true,
        ...asTranslator(),
      }),
    ).rejects.toThrow(/Translators publish and unpublish only/)
    expect((await publicRead(article.id, 'nl'))?.title).toBe('Niet offline')
  })
})

describe('a translator who changes a shared field', () => {
  let count = 0
  async function exercise() {
    count += 1
    return payload.create({
      collection: 'exercises',
      locale: 'nl',
      data: {
        name: `Brug ${count}`,
        summary: 'Bilspieren',
        videoUrl: 'https://vimeo.com/123456',
        steps: [{ text: 'Lig op je rug' }],
        type: 'strength',
        difficulty: 'beginner',
        bodyRegions: ['glutes'],
        defaultDosage: { sets: 3, reps: 10 },
        _status: 'published',
      },
    })
  }

  it('is told which fields all languages share, and nothing is saved', async () => {
    const { id } = await exercise()
    const attempt = payload.update({
      collection: 'exercises',
      id,
      locale: 'en',
      draft: true,
      data: { name: 'Bridge', difficulty: 'advanced', bodyRegions: ['knee'] },
      ...asTranslator(),
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'difficulty' }, { path: 'bodyRegions' }] },
    })
    await expect(attempt).rejects.toThrow(/Difficulty, Body regions/)
    const en = await payload.findByID({ collection: 'exercises', id, locale: 'en', draft: true })
    expect(en.name ?? null).toBeNull()
    expect(en.difficulty).toBe('beginner')
  })

  it('may send the shared fields unchanged, as the admin does on every save', async () => {
    const { id } = await exercise()
    const stored = await payload.findByID({ collection: 'exercises', id, locale: 'en', draft: true, depth: 0 })
    const saved = await payload.update({
      collection: 'exercises',
      id,
      locale: 'en',
      draft: true,
      data: { ...stored, name: 'Bridge', summary: 'Glutes', steps: [{ text: 'Lie on your back' }] },
      ...asTranslator(),
    })
    expect(saved.name).toBe('Bridge')
    expect(saved.difficulty).toBe('beginner')
  })
})

describe("an article's sources, shared by all languages with a note per language", () => {
  async function withSource() {
    const article = await makeDutchArticle(payload, `Met bron ${Date.now()}`, { title: 'With a source' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: { sources: [{ title: 'Hip pain in runners', year: 2020, note: 'Over heuppijn' }] },
    })
    return payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true, depth: 0 })
  }

  it("take the translator's note in its own language", async () => {
    const stored = await withSource()
    const sources = (stored.sources ?? []).map((source) => ({ ...source, note: 'On hip pain' }))
    const saved = await payload.update({
      collection: 'articles',
      id: stored.id,
      locale: 'en',
      draft: true,
      data: { ...stored, sources },
      ...asTranslator(),
    })
    expect(saved.sources?.[0]?.note).toBe('On hip pain')
    const dutch = await payload.findByID({ collection: 'articles', id: stored.id, locale: 'nl', draft: true })
    expect(dutch.sources?.[0]?.note).toBe('Over heuppijn')
  })

  it("refuse a translator's change to the source itself, naming it", async () => {
    const stored = await withSource()
    const refusedPaths = (sources: unknown[]) =>
      payload
        .update({
          collection: 'articles',
          id: stored.id,
          locale: 'en',
          draft: true,
          data: { ...stored, sources } as typeof stored,
          ...asTranslator(),
        })
        .then(
          () => [],
          (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors?.map(({ path }) => path),
        )
    const changed = (stored.sources ?? []).map((source) => ({ ...source, title: 'Another study' }))
    expect(await refusedPaths(changed)).toEqual(['sources.0.title'])
    expect(await refusedPaths([])).toEqual(['sources'])
    const after = await payload.findByID({ collection: 'articles', id: stored.id, locale: 'nl', draft: true })
    expect(after.sources?.map(({ title }) => title)).toEqual(['Hip pain in runners'])
  })
})

describe('a translator who tries to create', () => {
  it('is told that editors start articles and exercises', async () => {
    await expect(
      payload.create({
        collection: 'articles',
        locale: 'en',
        data: { title: 'New', excerpt: 'x', body: paragraphs('x') },
        ...asTranslator(),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/^Translators cannot create articles/) })
    await expect(
      payload.create({ collection: 'exercises', locale: 'en', data: { name: 'New' }, draft: true, ...asTranslator() }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/^Translators cannot create exercises/) })
  })
})
