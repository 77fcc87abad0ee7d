import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toSlug } from '@/cms/fields/slug'
import { paragraphs } from './support/content'
import { fieldErrors } from './support/errors'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const article = (title: string, slug?: string) => ({
  title,
  slug,
  excerpt: title,
  body: paragraphs(title),
  _status: 'published' as const,
})

describe('slugs', () => {
  it('turns a title with accents and punctuation into a clean slug', () => {
    expect(toSlug('Heup & bil: één week!')).toBe('heup-bil-een-week')
    expect(toSlug('  Runner’s hip  ')).toBe('runners-hip')
  })

  it('is made from the title when left empty, in each language', async () => {
    const created = await payload.create({ collection: 'articles', locale: 'nl', data: article('Pijn in de lies') })
    const updated = await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      data: article('Groin pain'),
    })
    expect(created.slug).toBe('pijn-in-de-lies')
    expect(updated.slug).toBe('groin-pain')
  })

  it('refuses a slug that another article already has in the same language, saying which', async () => {
    await payload.create({ collection: 'articles', locale: 'nl', data: article('Eerste', 'dubbel') })
    const errors = await fieldErrors(
      payload.create({ collection: 'articles', locale: 'nl', data: article('Tweede', 'dubbel') }),
    )
    expect(errors).toEqual(['The slug "dubbel" is already in use (Nederlands). Choose another one.'])
  })

  it('also refuses the duplicate when it is only saved as a draft', async () => {
    await payload.create({ collection: 'articles', locale: 'nl', data: article('Derde', 'concept-dubbel') })
    const errors = await fieldErrors(
      payload.create({
        collection: 'articles',
        locale: 'nl',
        draft: true,
        data: { ...article('Vierde', 'concept-dubbel'), _status: 'draft' },
      }),
    )
    expect(errors.join()).toMatch(/"concept-dubbel" is already in use/)
  })

  it('allows the same slug in the other language', async () => {
    const dutch = await payload.create({ collection: 'articles', locale: 'nl', data: article('Core', 'core') })
    const other = await payload.create({ collection: 'articles', locale: 'nl', data: article('Romp', 'romp') })
    const english = await payload.update({
      collection: 'articles',
      id: other.id,
      locale: 'en',
      data: article('Core', 'core'),
    })
    expect(english.slug).toBe('core')
    expect(dutch.slug).toBe('core')
  })

  it('lets a document keep its own slug when it is saved again', async () => {
    const created = await payload.create({ collection: 'topics', locale: 'nl', data: { name: 'Herstel' } })
    const saved = await payload.update({
      collection: 'topics',
      id: created.id,
      locale: 'nl',
      data: { name: 'Herstel', slug: 'herstel' },
    })
    expect(saved.slug).toBe('herstel')
  })
})
