import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDutchArticle, paragraphs } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const redirectsFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 })).docs

describe('a changed slug', () => {
  it('leaves a redirect from the old address in that language, to the document itself', async () => {
    const article = await makeDutchArticle(payload, 'Heuppijn na de marathon', {
      title: 'Hip pain after the marathon',
      publish: true,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: { slug: 'heuppijn-na-een-marathon', _status: 'published' },
    })
    const [redirect] = await redirectsFrom('/nl/artikelen/heuppijn-na-de-marathon')
    expect(redirect).toMatchObject({
      locale: 'nl',
      to: { type: 'reference', reference: { relationTo: 'articles', value: article.id } },
    })
    // English kept its slug: nothing to redirect there.
    expect(await redirectsFrom('/en/articles/hip-pain-after-the-marathon')).toHaveLength(0)
  })

  it('redirects every earlier address to the document, without chains, after a second rename', async () => {
    const article = await makeDutchArticle(payload, 'Eerste naam')
    for (const slug of ['tweede-naam', 'derde-naam']) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'nl',
        data: { slug, _status: 'published' },
      })
    }
    for (const from of ['/nl/artikelen/eerste-naam', '/nl/artikelen/tweede-naam']) {
      const [redirect] = await redirectsFrom(from)
      expect(redirect?.to?.reference?.value, from).toBe(article.id)
    }
  })

  it('redirects the published address when the new slug was autosaved as a draft before the publish, as in the admin', async () => {
    const article = await makeDutchArticle(payload, 'Oud adres')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      draft: true,
      autosave: true,
      data: { slug: 'nieuw-adres' },
    })
    expect(await redirectsFrom('/nl/artikelen/oud-adres')).toHaveLength(0)
    await payload.update({ collection: 'articles', id: article.id, locale: 'nl', data: { _status: 'published' } })
    const [redirect] = await redirectsFrom('/nl/artikelen/oud-adres')
    expect(redirect?.to?.reference?.value).toBe(article.id)
  })

  it('drops the redirect from an address that a document takes back', async () => {
    const article = await makeDutchArticle(payload, 'Heen en terug')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: { slug: 'weg', _status: 'published' },
    })
    expect(await redirectsFrom('/nl/artikelen/heen-en-terug')).toHaveLength(1)
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: { slug: 'heen-en-terug', _status: 'published' },
    })
    expect(await redirectsFrom('/nl/artikelen/heen-en-terug')).toHaveLength(0)
    expect(await redirectsFrom('/nl/artikelen/weg')).toHaveLength(1)
  })

  it('leaves no redirect while the new slug is only in a draft, nor for a page never published', async () => {
    const article = await makeDutchArticle(payload, 'Gepubliceerd adres')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      draft: true,
      data: { slug: 'concept-adres', _status: 'draft' },
    })
    expect(await redirectsFrom('/nl/artikelen/gepubliceerd-adres')).toHaveLength(0)

    const draft = await payload.create({
      collection: 'articles',
      locale: 'nl',
      draft: true,
      data: { title: 'Nooit gepubliceerd', excerpt: 'x', body: paragraphs('x'), _status: 'draft' },
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'nl',
      draft: true,
      data: { slug: 'nog-steeds-niet', _status: 'draft' },
    })
    expect(await redirectsFrom('/nl/artikelen/nooit-gepubliceerd')).toHaveLength(0)
  })

  it('of a topic or an exercise redirects at that page’s own path in the language', async () => {
    const topic = await payload.create({ collection: 'topics', locale: 'en', data: { name: 'Tendons' } })
    await payload.update({ collection: 'topics', id: topic.id, locale: 'en', data: { slug: 'tendon-trouble' } })
    const [redirect] = await redirectsFrom('/en/topics/tendons')
    expect(redirect).toMatchObject({ locale: 'en', to: { reference: { relationTo: 'topics', value: topic.id } } })
  })
})
