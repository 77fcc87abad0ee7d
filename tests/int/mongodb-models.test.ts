import { randomUUID } from 'node:crypto'

import { mongooseOf } from './support/adapters'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The MongoDB adapter, built without a server: every model and its localized paths.
let payload: Payload

beforeAll(async () => {
  process.env.DATABASE_URI = 'mongodb://127.0.0.1:1/heupfit-models'
  process.env.PAYLOAD_SECRET = 'models-test'
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true, key: randomUUID() })
})
afterAll(async () => {
  await payload?.destroy()
})

describe('the MongoDB adapter', () => {
  it('builds a model for every collection, with their versions', () => {
    const db = mongooseOf(payload)
    for (const collection of payload.config.collections) {
      expect(db.collections[collection.slug], collection.slug).toBeDefined()
    }
    expect(db.versions.articles).toBeDefined()
    expect(db.versions.exercises).toBeDefined()
    expect(db.globals).toBeDefined()
  })

  it('stores localized fields and the publish status per locale', () => {
    const db = mongooseOf(payload)
    const articles = db.collections.articles.schema
    for (const localized of ['title.nl', 'title.en', 'slug.nl', 'slug.en', 'body.nl', '_status.nl', '_status.en']) {
      expect(articles.path(localized), localized).toBeDefined()
    }
    expect(articles.path('author')).toBeDefined()
    expect(articles.path('author.nl')).toBeUndefined()
    const exercises = db.collections.exercises.schema
    expect(exercises.path('captions.en')).toBeDefined()
    expect(exercises.path('difficulty')).toBeDefined()
  })

  it('indexes each language’s slug as unique, and sparse so missing translations do not collide', () => {
    const db = mongooseOf(payload)
    const indexes = db.collections.articles.schema.indexes()
    const slugIndex = indexes.find(([fields]) => 'slug.nl' in fields)
    expect(slugIndex?.[1]).toMatchObject({ unique: true, sparse: true })
  })
})
