import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { makeAdminAndTranslator, paragraphs } from './support/content'
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

const statusIn = async (id: number, locale: 'nl' | 'en') =>
  (await payload.findByID({ collection: 'articles', id, locale, draft: true })).translationStatus

const needsEnglish = async () =>
  (
    await payload.find({
      collection: 'articles',
      locale: 'en',
      draft: true,
      where: { 'translationState.outdatedLocales': { contains: 'en' } },
    })
  ).docs.map((doc) => doc.id)

describe('the translation status of an article', () => {
  it('goes from missing to draft to published, and to outdated when the Dutch text changes', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: 'Bron', excerpt: 'Samenvatting', body: paragraphs('Eerste versie'), _status: 'published' },
    })
    expect(await statusIn(article.id, 'nl')).toBe('source')
    expect(await statusIn(article.id, 'en')).toBe('missing')

    const asTranslator = { overrideAccess: false, user: translator }
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Source', excerpt: 'Summary', body: paragraphs('First version'), _status: 'draft' },
      ...asTranslator,
    })
    expect(await statusIn(article.id, 'en')).toBe('draft')

    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { _status: 'published' },
      ...asTranslator,
    })
    expect(await statusIn(article.id, 'en')).toBe('published')
    expect(await needsEnglish()).not.toContain(article.id)

    // A save in Dutch that changes nothing translatable leaves English as it is.
    await payload.update({ collection: 'articles', id: article.id, locale: 'nl', data: { slug: 'bron-tekst' } })
    expect(await statusIn(article.id, 'en')).toBe('published')

    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: { body: paragraphs('Tweede versie') },
    })
    expect(await statusIn(article.id, 'en')).toBe('outdated')
    expect(await needsEnglish()).toContain(article.id)

    // Editing the English text alone does not claim it matches the new source...
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { excerpt: 'A summary' },
      ...asTranslator,
    })
    expect(await statusIn(article.id, 'en')).toBe('outdated')

    // ...checking it against the source does.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { body: paragraphs('Second version'), markReviewed: true },
      ...asTranslator,
    })
    expect(await statusIn(article.id, 'en')).toBe('published')
    expect(await needsEnglish()).not.toContain(article.id)
    const en = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en' })
    expect(en.markReviewed).toBe(false)
  })

  it('is tracked for exercises too', async () => {
    const exercise = await payload.create({
      collection: 'exercises',
      locale: 'nl',
      data: {
        name: 'Bilbrug',
        summary: 'Bilspieren',
        videoUrl: 'https://vimeo.com/1',
        steps: [{ text: 'Til je heupen op' }],
        type: 'strength',
        difficulty: 'beginner',
        bodyRegions: ['glutes'],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'exercises',
      id: exercise.id,
      locale: 'en',
      data: { name: 'Glute bridge', summary: 'Glutes', steps: [{ text: 'Lift your hips' }], _status: 'published' },
    })
    await payload.update({
      collection: 'exercises',
      id: exercise.id,
      locale: 'nl',
      data: { steps: [{ text: 'Til je heupen langzaam op' }] },
    })
    const en = await payload.findByID({ collection: 'exercises', id: exercise.id, locale: 'en', draft: true })
    expect(en.translationStatus).toBe('outdated')
  })
})
