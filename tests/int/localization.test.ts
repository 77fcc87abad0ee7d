import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDutchArticle, makeUser, paragraphs } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

describe('the database', () => {
  it('is the one DATABASE_URI selects', () => {
    const expected = /^mongodb/.test(process.env.DATABASE_URI ?? '') ? 'mongoose' : 'sqlite'
    expect(payload.db.name).toBe(expected)
  })
})

describe('content in two languages', () => {
  it('keeps the Dutch and the English text of one article apart', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: 'Sterke heupen', excerpt: 'Kort', body: paragraphs('Tekst'), _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      data: { title: 'Strong hips', excerpt: 'Short', body: paragraphs('Text'), _status: 'published' },
    })

    const nl = await payload.findByID({ collection: 'articles', id: created.id, locale: 'nl' })
    const en = await payload.findByID({ collection: 'articles', id: created.id, locale: 'en' })
    expect([nl.title, nl.slug, nl.excerpt]).toEqual(['Sterke heupen', 'sterke-heupen', 'Kort'])
    expect([en.title, en.slug, en.excerpt]).toEqual(['Strong hips', 'strong-hips', 'Short'])
  })

  it('works out the reading time of each language from its own body', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: 'Lang', excerpt: 'Lang', body: paragraphs('woord '.repeat(1000)), _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      data: { title: 'Short', excerpt: 'Short', body: paragraphs('word '.repeat(200)), _status: 'published' },
    })
    const nl = await payload.findByID({ collection: 'articles', id: created.id, locale: 'nl' })
    const en = await payload.findByID({ collection: 'articles', id: created.id, locale: 'en' })
    expect(nl.readingTime).toBe(5)
    expect(en.readingTime).toBe(1)
  })

  it('never fills a missing English field with the Dutch text', async () => {
    const created = await makeDutchArticle(payload, 'Alleen Nederlands')
    const en = await payload.findByID({ collection: 'articles', id: created.id, locale: 'en', draft: true })
    expect(en.title ?? null).toBeNull()
  })
})

describe('publishing per language, as the public sees it', () => {
  it('shows an article published in Dutch with an English draft in Dutch only', async () => {
    const created = await makeDutchArticle(payload, 'Heup en knie', { title: 'Hip and knee' })

    const publicRead = (locale: 'nl' | 'en') =>
      payload.find({
        collection: 'articles',
        locale,
        overrideAccess: false,
        where: { id: { equals: created.id } },
      })

    const nl = await publicRead('nl')
    expect(nl.docs.map((doc) => doc.title)).toEqual(['Heup en knie'])
    const en = await publicRead('en')
    expect(en.docs).toHaveLength(0)
  })

  it('shows the English version once English is published too, leaving Dutch as it was', async () => {
    const created = await makeDutchArticle(payload, 'Bilspieren', { title: 'Glutes', publish: true })
    const en = await payload.find({
      collection: 'articles',
      locale: 'en',
      overrideAccess: false,
      where: { id: { equals: created.id } },
    })
    expect(en.docs.map((doc) => doc.title)).toEqual(['Glutes'])
    const nl = await payload.findByID({ collection: 'articles', id: created.id, locale: 'nl', overrideAccess: false })
    expect(nl.title).toBe('Bilspieren')
  })

  it('keeps a newer draft hidden from the public, who still see the published text', async () => {
    const created = await makeDutchArticle(payload, 'Gepubliceerde titel')
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'nl',
      draft: true,
      data: { title: 'Geheime concepttitel', _status: 'draft' },
    })

    const asPublic = await payload.find({
      collection: 'articles',
      locale: 'nl',
      draft: true,
      overrideAccess: false,
      where: { id: { equals: created.id } },
    })
    expect(asPublic.docs.map((doc) => doc.title)).not.toContain('Geheime concepttitel')

    const editor = await makeUser(payload, 'editor')
    const asEditor = await payload.findByID({
      collection: 'articles',
      id: created.id,
      locale: 'nl',
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(asEditor.title).toBe('Geheime concepttitel')
  })

  it('keeps a language that has no text of its own hidden, even when "publish all languages" marked it published', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      draft: true,
      data: { title: 'Nog niet vertaald', excerpt: 'Kort', body: paragraphs('Tekst'), _status: 'draft' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      publishAllLocales: true,
      data: { _status: 'published' },
    })
    const asPublic = (locale: 'nl' | 'en') =>
      payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        where: { id: { equals: article.id } },
      })
    const all = await payload.findByID({ collection: 'articles', id: article.id, locale: 'all' })
    expect(all._status).toEqual({ nl: 'published', en: 'published' })
    expect((await asPublic('nl')).docs.map((doc) => doc.title)).toEqual(['Nog niet vertaald'])
    expect((await asPublic('en')).docs).toEqual([])
  })

  it('does not show a draft-only exercise to the public', async () => {
    const created = await payload.create({
      collection: 'exercises',
      locale: 'nl',
      draft: true,
      data: { name: 'Nieuwe oefening', summary: 'Nog niet klaar', _status: 'draft' },
    })
    const asPublic = await payload.find({
      collection: 'exercises',
      locale: 'nl',
      overrideAccess: false,
      where: { id: { equals: created.id } },
    })
    expect(asPublic.docs).toHaveLength(0)
  })

  it('does not let the public read user accounts', async () => {
    await makeUser(payload, 'editor')
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})
