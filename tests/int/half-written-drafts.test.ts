import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countsIn } from '@/cms/admin/translationCounts'
import { makeAdminAndTranslator, paragraphs } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await makeAdminAndTranslator(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('drafts', () => {
  it('may be half written; publishing names what is missing', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'nl',
      draft: true,
      data: { title: 'Half af', _status: 'draft' },
    })
    expect(draft.title).toBe('Half af')
    const exercise = await payload.create({
      collection: 'exercises',
      locale: 'nl',
      draft: true,
      data: { name: 'Nog geen stappen', _status: 'draft' },
    })
    expect(exercise.name).toBe('Nog geen stappen')
    await expect(
      payload.update({ collection: 'articles', id: draft.id, locale: 'nl', data: { _status: 'published' } }),
    ).rejects.toThrow(/Excerpt, Body/)
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'nl',
      data: { excerpt: 'Klaar', body: paragraphs('Nu wel'), _status: 'published' },
    })
    expect(published._status).toBe('published')
  })

  it('without a Dutch title never count as missing translations on the dashboard', async () => {
    const before = await countsIn(payload, 'articles', 'en')
    // What Payload's create view used to leave behind on every visit.
    await payload.create({ collection: 'articles', locale: 'nl', draft: true, data: {} })
    await payload.create({ collection: 'articles', locale: 'nl', draft: true, data: { title: '' } })
    expect(await countsIn(payload, 'articles', 'en')).toEqual(before)
    await payload.create({ collection: 'articles', locale: 'nl', draft: true, data: { title: 'Wel een titel' } })
    expect((await countsIn(payload, 'articles', 'en')).missing).toBe(before.missing + 1)
  })
})
