import path from 'node:path'

import { copyDataFromLocale } from '@payloadcms/ui/utilities/copyDataFromLocale'
import { initI18n } from '@payloadcms/translations'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { compareLocales } from '@/cms/admin/compare/sideBySide'
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

/** Payload's copy-to-locale, as the admin's button calls it for a signed-in translator. */
async function copyAsTranslator(id: number | string, overrideData = false) {
  const req = await createLocalReq({ user: translator }, payload)
  return copyDataFromLocale({
    req,
    collectionSlug: 'articles',
    docID: id,
    fromLocale: 'nl',
    toLocale: 'en',
    overrideData,
  })
}

describe('starting a translation from the Dutch text', () => {
  it('lets a translator copy the Dutch text into English as a draft, leaving the Dutch and its publication alone', async () => {
    const article = await makeDutchArticle(payload, 'Kopieer mij')
    await copyAsTranslator(article.id)

    const en = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
    })
    expect(en.title).toBe('Kopieer mij')
    expect(en.excerpt).toBe('Kopieer mij: samenvatting')
    expect(en._status).toBe('draft')
    // A copy is not a translation yet: every part still reads as the Dutch.
    expect(en.translationStatus).toBe('notTranslated')
    // Nothing is public in English yet, and the Dutch is still published as it was.
    const publicEn = await payload.find({
      collection: 'articles',
      locale: 'en',
      where: { id: { equals: article.id } },
      overrideAccess: false,
    })
    expect(publicEn.docs).toHaveLength(0)
    const nl = await payload.findByID({ collection: 'articles', id: article.id, locale: 'nl', overrideAccess: false })
    expect(nl).toMatchObject({ title: 'Kopieer mij', _status: 'published' })
  })

  it('leaves the Dutch caption file behind: the English captions of an exercise are English ones or none', async () => {
    const captions = await payload.create({
      collection: 'media',
      filePath: path.resolve('src/seed/media/exercises/dead-bug.nl.vtt'),
      data: {},
    })
    const exercise = await payload.create({
      collection: 'exercises',
      locale: 'nl',
      data: {
        name: 'Ondertitelde oefening',
        summary: 'Met Nederlandse ondertitels',
        videoUrl: 'https://vimeo.com/123456',
        captions: captions.id,
        steps: [{ text: 'Lig op je rug' }],
        type: 'strength',
        difficulty: 'beginner',
        bodyRegions: ['core'],
        _status: 'published',
      },
    })
    const req = await createLocalReq({ user: translator }, payload)
    await copyDataFromLocale({ req, collectionSlug: 'exercises', docID: exercise.id, fromLocale: 'nl', toLocale: 'en' })
    const en = await payload.findByID({
      collection: 'exercises',
      id: exercise.id,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
      depth: 0,
    })
    expect(en.name).toBe('Ondertitelde oefening')
    expect(en.steps?.map((step) => step.text)).toEqual(['Lig op je rug'])
    expect(en.captions ?? null).toBeNull()
    const nl = await payload.findByID({ collection: 'exercises', id: exercise.id, locale: 'nl', depth: 0 })
    expect(nl.captions).toBe(captions.id)
  })

  it('refuses a translator who copies the other way, into the Dutch text', async () => {
    const article = await makeDutchArticle(payload, 'Niet overschrijven', { title: 'Do not overwrite' })
    const req = await createLocalReq({ user: translator }, payload)
    await expect(
      copyDataFromLocale({
        req,
        collectionSlug: 'articles',
        docID: article.id,
        fromLocale: 'en',
        toLocale: 'nl',
        overrideData: true,
      }),
    ).rejects.toThrow()
    const nl = await payload.findByID({ collection: 'articles', id: article.id, locale: 'nl' })
    expect(nl.title).toBe('Niet overschrijven')
  })

  it('fills only the empty fields: an English text already written stays', async () => {
    const article = await makeDutchArticle(payload, 'Half vertaald')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Half translated' },
    })
    await copyAsTranslator(article.id)
    const en = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
    })
    expect(en.title).toBe('Half translated')
    expect(en.excerpt).toBe('Half vertaald: samenvatting')
  })

  it('gives the translation its own slug once its title is translated', async () => {
    const article = await makeDutchArticle(payload, 'Lies en heup')
    await copyAsTranslator(article.id)
    const copied = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
    })
    expect(copied.slug).toBe('lies-en-heup')

    const translated = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: {
        title: 'Groin and hip',
        excerpt: 'Groin and hip: summary',
        body: paragraphs('Groin and hip in English.'),
        _status: 'published',
      },
      overrideAccess: false,
      user: translator,
    })
    expect(translated.slug).toBe('groin-and-hip')
    const nl = await payload.findByID({ collection: 'articles', id: article.id, locale: 'nl' })
    expect(nl.slug).toBe('lies-en-heup')
  })

  it('keeps an English slug spelled like the Dutch one when the English title had been translated already', async () => {
    const article = await makeDutchArticle(payload, 'Dead bug oefenen', { title: 'Practising the dead bug' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { slug: 'dead-bug-oefenen' },
    })
    const saved = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Practising the dead bug, revised' },
    })
    expect(saved.slug).toBe('dead-bug-oefenen')
  })

  it('keeps the address of a published translation whose title and slug are spelled like the Dutch', async () => {
    const article = await makeDutchArticle(payload, 'Side plank', {
      title: 'Side plank',
      publish: true,
      sameOnPurpose: ['title'],
    })
    const saved = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Side plank, revised' },
    })
    expect(saved.slug).toBe('side-plank')
  })

  it('keeps a slug the translator chose, even when the title changes', async () => {
    const article = await makeDutchArticle(payload, 'Eigen slug', { title: 'Own slug' })
    const saved = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Own slug, retitled', slug: 'own-slug' },
    })
    expect(saved.slug).toBe('own-slug')
  })
})

describe('the Dutch title in every language', () => {
  it('is kept from the Dutch text, so that a translator recognises a document without an English title', async () => {
    const article = await makeDutchArticle(payload, 'Herkenbaar')
    const en = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
    })
    expect(en.title).toBeFalsy()
    expect(en.sourceTitle).toBe('Herkenbaar')

    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Recognisable' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: { title: 'Herkenbaar, herzien' },
    })
    const after = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      fallbackLocale: false,
    })
    expect(after.sourceTitle).toBe('Herkenbaar, herzien')
  })
})

describe('the languages side by side', () => {
  it('lists every translatable field with the Dutch beside the English, paragraph by paragraph, and leaves untranslated cells empty', async () => {
    const article = await makeDutchArticle(payload, 'Naast elkaar')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: { body: paragraphs('Eerste alinea.', 'Tweede alinea.') },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Side by side', body: paragraphs('First paragraph.') },
    })
    const read = (locale: 'nl' | 'en') =>
      payload.findByID({
        collection: 'articles',
        id: article.id,
        locale,
        draft: true,
        fallbackLocale: false,
        depth: 1,
      }) as unknown as Promise<Record<string, unknown>>
    const i18n = await initI18n({ config: payload.config.i18n, context: 'client', language: 'en' })
    const rows = compareLocales({
      fields: payload.collections.articles.config.fields,
      docs: { nl: await read('nl'), en: await read('en') },
      i18n,
    })
    const row = (label: string) => rows.find((candidate) => candidate.label === label)?.values

    expect(row('Title')).toEqual({ nl: ['Naast elkaar'], en: ['Side by side'] })
    expect(row('Excerpt')).toEqual({ nl: ['Naast elkaar: samenvatting'], en: [] })
    expect(row('Body ¶1')).toEqual({ nl: ['Eerste alinea.'], en: ['First paragraph.'] })
    expect(row('Body ¶2')).toEqual({ nl: ['Tweede alinea.'], en: [] })
    // Fields shared by both languages, and the translation bookkeeping, are not compared.
    expect(rows.map((candidate) => candidate.key)).not.toContain('author')
    expect(rows.map((candidate) => candidate.key)).not.toContain('translatedFrom')
  })
})
