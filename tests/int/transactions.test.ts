import type { CollectionAfterChangeHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from './support/content'
import { startPayload } from './support/payload'

/**
 * A save that answers an error stores nothing. Runs where the database has transactions: SQLite
 * and a real MongoDB replica set, not the wire-protocol emulator (vitest.config.ts).
 */
let payload: Payload
const missingPerson = 987_654

/** A test's own failing step after the document is written, as any hook or side effect might fail. */
const failAfterWrite: CollectionAfterChangeHook = ({ doc, context }) => {
  if (context.failAfterWrite) throw new Error('a later step of this save failed')
  return doc
}

beforeAll(async () => {
  payload = await startPayload()
  payload.collections.articles.config.hooks.afterChange.push(failAfterWrite)
})
afterAll(async () => {
  await payload?.destroy()
})

const article = (title: string) => ({ title, excerpt: title, body: paragraphs(title) })

async function stored(): Promise<{ articles: number; versions: number }> {
  const articles = await payload.count({ collection: 'articles' })
  const versions = await payload.countVersions({ collection: 'articles' })
  return { articles: articles.totalDocs, versions: versions.totalDocs }
}

async function refused(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt
  } catch (error) {
    return String((error as Error).message)
  }
  throw new Error('The save was expected to fail, but it succeeded.')
}

describe('a save that fails stores nothing', () => {
  it('refuses a published article whose author does not exist, and stores none of it', async () => {
    const before = await stored()
    const message = await refused(
      payload.create({
        collection: 'articles',
        locale: 'nl',
        data: { ...article('Met een onbekende auteur'), author: missingPerson, _status: 'published' },
      }),
    )
    expect(message).toMatch(/invalid|ongeldig/i)
    expect(await stored()).toEqual(before)
  })

  it('stores nothing of a draft whose link fails only when it is written', async () => {
    // Drafts skip validation, so the missing author fails inside the write itself.
    const before = await stored()
    await refused(
      payload.create({
        collection: 'articles',
        locale: 'nl',
        draft: true,
        data: { ...article('Concept met een onbekende auteur'), author: missingPerson },
      }),
    )
    expect(await stored()).toEqual(before)
  })

  it('stores nothing when a step after the write fails, and retries leave no duplicates', async () => {
    const before = await stored()
    for (let attempt = 0; attempt < 3; attempt++) {
      await refused(
        payload.create({
          collection: 'articles',
          locale: 'nl',
          context: { failAfterWrite: true },
          data: { ...article('Opnieuw geprobeerd'), _status: 'published' },
        }),
      )
    }
    expect(await stored()).toEqual(before)
    const saved = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { ...article('Opnieuw geprobeerd'), _status: 'published' },
    })
    expect(saved.slug).toBe('opnieuw-geprobeerd')
    expect((await stored()).articles).toBe(before.articles + 1)
  })

  it('keeps an update that fails half way out of the document', async () => {
    const saved = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { ...article('Blijft zoals het was'), _status: 'published' },
    })
    await refused(
      payload.update({
        collection: 'articles',
        id: saved.id,
        locale: 'nl',
        context: { failAfterWrite: true },
        data: { title: 'Half gewijzigd' },
      }),
    )
    const after = await payload.findByID({ collection: 'articles', id: saved.id, locale: 'nl', draft: true })
    expect(after.title).toBe('Blijft zoals het was')
  })

  it('saves many documents at once, one after the other, without "database is locked"', async () => {
    const before = await stored()
    const titles = Array.from({ length: 12 }, (_, index) => `Tegelijk opgeslagen ${index + 1}`)
    const saved = await Promise.all(
      titles.map((title) =>
        payload.create({ collection: 'articles', locale: 'nl', data: { ...article(title), _status: 'published' } }),
      ),
    )
    expect(saved.map((doc) => doc.title).sort()).toEqual([...titles].sort())
    expect((await stored()).articles).toBe(before.articles + titles.length)
  })
})
