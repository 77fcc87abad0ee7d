import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDutchArticle } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const publicTitle = async (id: number, locale: 'nl' | 'en') =>
  (await payload.find({ collection: 'articles', locale, overrideAccess: false, where: { id: { equals: id } } })).docs[0]
    ?.title

describe('scheduled publishing', () => {
  it('publishes the English translation when its time has come, and only then', async () => {
    const article = await makeDutchArticle(payload, 'Gepland artikel', { title: 'Scheduled article' })
    const schedule = (waitUntil: Date) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', locale: 'en', doc: { relationTo: 'articles', value: article.id } },
        waitUntil,
      })

    await schedule(new Date(Date.now() + 60 * 60 * 1000))
    await payload.jobs.run()
    expect(await publicTitle(article.id, 'en')).toBeUndefined()

    await schedule(new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await publicTitle(article.id, 'en')).toBe('Scheduled article')
    expect(await publicTitle(article.id, 'nl')).toBe('Gepland artikel')
  })
})
