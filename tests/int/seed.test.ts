import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { article } from '@/seed/data/article'
import { exercises } from '@/seed/data/exercises'
import { isDatabaseEmpty, seed } from '@/seed'
import { blocksOf } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload
const collections: CollectionSlug[] = ['articles', 'exercises', 'topics', 'people', 'media', 'users']

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    collections.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

beforeAll(async () => {
  payload = await startPayload()
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  expect(await isDatabaseEmpty(payload)).toBe(true)
  await seed(payload)
})
afterAll(async () => {
  vi.restoreAllMocks()
  await payload?.destroy()
})

const publicFind = (collection: 'articles', locale: 'nl' | 'en', slug: string) =>
  payload.find({ collection, locale, overrideAccess: false, depth: 2, where: { slug: { equals: slug } } })

describe('the seed', () => {
  it('publishes the hip article in Dutch and English, each at its own slug', async () => {
    expect(article.slug.nl).not.toBe(article.slug.en)
    const nl = await publicFind('articles', 'nl', article.slug.nl)
    const en = await publicFind('articles', 'en', article.slug.en)
    expect(nl.docs).toHaveLength(1)
    expect(en.docs).toHaveLength(1)
    expect(nl.docs[0]?.id).toBe(en.docs[0]?.id)
    expect(nl.docs[0]?.title).toBe(article.title.nl)
    expect(en.docs[0]?.title).toBe(article.title.en)
  })

  it('gives the article its exercises, a callout, an expert quote, an author, a reviewer and topics', async () => {
    const { docs } = await publicFind('articles', 'en', article.slug.en)
    const doc = docs[0]
    const blocks = doc ? blocksOf(doc.body) : []
    const exercisesShown =
      blocks.filter((block) => block.blockType === 'exercise').length +
      blocks
        .flatMap((block) => (block.blockType === 'exerciseProgram' ? block.phases : []))
        .reduce((sum, phase) => sum + phase.exercises.length, 0)
    expect(exercisesShown).toBeGreaterThanOrEqual(3)
    expect(blocks.some((block) => block.blockType === 'callout')).toBe(true)
    expect(blocks.some((block) => block.blockType === 'expertQuote')).toBe(true)
    expect(doc?.author).toMatchObject({ name: expect.any(String) })
    expect(doc?.reviewer).toMatchObject({ role: expect.any(String) })
    expect(doc?.topics?.length).toBeGreaterThan(0)
    expect(doc?.readingTime).toBeGreaterThan(2)
  })

  it('publishes at least eight exercises in both languages, each with a video, a poster and captions in that language', async () => {
    expect(exercises.length).toBeGreaterThanOrEqual(8)
    for (const locale of ['nl', 'en'] as const) {
      const { docs, totalDocs } = await payload.find({
        collection: 'exercises',
        locale,
        overrideAccess: false,
        depth: 1,
        limit: 100,
      })
      expect(totalDocs).toBe(exercises.length)
      for (const doc of docs) {
        expect(doc.video).toMatchObject({ mimeType: 'video/mp4' })
        expect(doc.poster).toMatchObject({ mimeType: 'image/jpeg' })
        expect(doc.captions).toMatchObject({
          mimeType: 'text/vtt',
          filename: expect.stringContaining(`.${locale}.vtt`),
        })
        expect(doc.steps?.length).toBeGreaterThan(0)
      }
    }
  })

  it('creates nothing new when it runs again, and updates in place', async () => {
    const before = await counts()
    await seed(payload)
    expect(await counts()).toEqual(before)
    expect(await isDatabaseEmpty(payload)).toBe(false)
  })

  it('keeps the admin password from SEED_ADMIN_PASSWORD usable', async () => {
    process.env.SEED_ADMIN_PASSWORD = 'chosen-admin-password'
    try {
      await seed(payload)
      const login = await payload.login({
        collection: 'users',
        data: { email: 'admin@heupfit.local', password: 'chosen-admin-password' },
      })
      expect(login.user?.role).toBe('admin')
    } finally {
      delete process.env.SEED_ADMIN_PASSWORD
    }
  })
})
