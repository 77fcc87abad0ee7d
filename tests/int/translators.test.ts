import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { makeAdminAndTranslator, makeDutchArticle, makeUser, paragraphs } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload
let translator: User & { collection: 'users' }

beforeAll(async () => {
  payload = await startPayload()
  translator = await makeAdminAndTranslator(payload)
  expect(translator.role).toBe('translator')
})
afterAll(async () => {
  await payload?.destroy()
})

const asTranslator = () => ({ overrideAccess: false, user: translator })

describe('a translator for English', () => {
  it('translates and publishes the English version', async () => {
    const article = await makeDutchArticle(payload, 'Vertaal mij')
    const en = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Translate me', excerpt: 'Summary', body: paragraphs('English text'), _status: 'published' },
      ...asTranslator(),
    })
    expect(en.title).toBe('Translate me')
    const publicEn = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(publicEn.title).toBe('Translate me')
  })

  it('cannot change the Dutch text', async () => {
    const article = await makeDutchArticle(payload, 'Nederlandse bron')
    await expect(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'nl',
        data: { title: 'Gewijzigd door vertaler' },
        ...asTranslator(),
      }),
    ).rejects.toThrow()
    const nl = await payload.findByID({ collection: 'articles', id: article.id, locale: 'nl' })
    expect(nl.title).toBe('Nederlandse bron')
  })

  it('cannot publish the Dutch version', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      draft: true,
      data: { title: 'Nog een concept', excerpt: 'x', body: paragraphs('x'), _status: 'draft' },
    })
    await expect(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'nl',
        data: { _status: 'published' },
        ...asTranslator(),
      }),
    ).rejects.toThrow()
    const publicNl = await payload.find({
      collection: 'articles',
      locale: 'nl',
      overrideAccess: false,
      where: { id: { equals: article.id } },
    })
    expect(publicNl.docs).toHaveLength(0)
  })

  it('publishing "all languages" from English publishes English only', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      draft: true,
      data: { title: 'Alles publiceren', excerpt: 'x', body: paragraphs('x'), _status: 'draft' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Publish all', excerpt: 'Summary', body: paragraphs('English text'), _status: 'draft' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      publishAllLocales: true,
      data: { title: 'Publish all' },
      ...asTranslator(),
    })
    const read = (locale: 'nl' | 'en') =>
      payload.find({ collection: 'articles', locale, overrideAccess: false, where: { id: { equals: article.id } } })
    expect((await read('en')).docs).toHaveLength(1)
    expect((await read('nl')).docs).toHaveLength(0)
  })

  it('cannot change fields that all languages share', async () => {
    const exercise = await payload.create({
      collection: 'exercises',
      locale: 'nl',
      data: {
        name: 'Zijplank',
        summary: 'Romp en heup',
        videoUrl: 'https://vimeo.com/123456',
        steps: [{ text: 'Ga op je zij liggen' }],
        type: 'strength',
        difficulty: 'intermediate',
        bodyRegions: ['core'],
        _status: 'published',
      },
    })
    await expect(
      payload.update({
        collection: 'exercises',
        id: exercise.id,
        locale: 'en',
        draft: true,
        data: { name: 'Side plank', difficulty: 'beginner', bodyRegions: ['knee'] },
        ...asTranslator(),
      }),
    ).rejects.toThrow(/Difficulty, Body regions/)
    const en = await payload.findByID({ collection: 'exercises', id: exercise.id, locale: 'en', draft: true })
    expect(en.difficulty).toBe('intermediate')
    expect(en.bodyRegions).toEqual(['core'])
  })

  it('cannot delete', async () => {
    const article = await makeDutchArticle(payload, 'Blijft staan')
    await expect(payload.delete({ collection: 'articles', id: article.id, ...asTranslator() })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'articles', id: article.id })).resolves.toMatchObject({
      id: article.id,
    })
  })

  it('cannot create articles, which start in Dutch', async () => {
    await expect(
      payload.create({
        collection: 'articles',
        locale: 'en',
        data: { title: 'New', excerpt: 'x', body: paragraphs('x') },
        ...asTranslator(),
      }),
    ).rejects.toThrow()
  })

  it('may upload a caption file but not replace a file that all languages share', async () => {
    const captions = await payload.create({
      collection: 'media',
      filePath: path.resolve('src/seed/media/exercises/dead-bug.en.vtt'),
      data: {},
      ...asTranslator(),
    })
    expect(captions.mimeType).toBe('text/vtt')
    const described = await payload.update({
      collection: 'media',
      id: captions.id,
      locale: 'en',
      data: { caption: 'English captions' },
      ...asTranslator(),
    })
    expect(described.caption).toBe('English captions')
    await expect(
      payload.update({
        collection: 'media',
        id: captions.id,
        locale: 'en',
        filePath: path.resolve('src/seed/media/exercises/dead-bug.nl.vtt'),
        data: {},
        ...asTranslator(),
      }),
    ).rejects.toThrow()
    const kept = await payload.findByID({ collection: 'media', id: captions.id })
    expect(kept.filename).toBe('dead-bug.en.vtt')
  })

  it('sees only its own account and cannot make itself an editor', async () => {
    await makeUser(payload, 'editor')
    const { docs } = await payload.find({ collection: 'users', ...asTranslator() })
    expect(docs.map((user) => user.id)).toEqual([translator.id])
    await payload.update({ collection: 'users', id: translator.id, data: { role: 'editor' }, ...asTranslator() })
    const self = await payload.findByID({ collection: 'users', id: translator.id })
    expect(self.role).toBe('translator')
  })
})

describe('an editor', () => {
  it('can publish, change and delete in both languages but not manage users', async () => {
    const editor = await makeUser(payload, 'editor')
    const asEditor = { overrideAccess: false, user: editor }
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: 'Van de redactie', excerpt: 'x', body: paragraphs('x'), _status: 'published' },
      ...asEditor,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'From the editors', excerpt: 'Summary', body: paragraphs('English text'), _status: 'published' },
      ...asEditor,
    })
    await payload.delete({ collection: 'articles', id: article.id, ...asEditor })
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'new@example.com', password: 'a-long-test-password', role: 'editor' },
        ...asEditor,
      }),
    ).rejects.toThrow()
  })
})
