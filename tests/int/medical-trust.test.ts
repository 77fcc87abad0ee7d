import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fieldErrors } from './support/errors'
import { makeDutchArticle } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const day = (iso: string | null | undefined) => iso?.slice(0, 10) ?? null

/**
 * The next review date: a save with `first`, then (optionally) a save with `then`; what the
 * article's review due date is afterwards. Dates are written out, never computed like the code.
 */
const reviewCases: {
  what: string
  first: { reviewedAt?: string | null; reviewDue?: string | null }
  then?: { reviewedAt?: string | null; reviewDue?: string | null }
  due: string | null
}[] = [
  { what: 'falls 12 months after the review', first: { reviewedAt: '2026-09-24T00:00:00.000Z' }, due: '2027-09-24' },
  {
    what: 'keeps the date an editor chose',
    first: { reviewedAt: '2026-09-24T00:00:00.000Z', reviewDue: '2027-03-01T00:00:00.000Z' },
    due: '2027-03-01',
  },
  {
    what: 'moves along when the review date moves and the due date was the default',
    first: { reviewedAt: '2026-09-24T00:00:00.000Z' },
    then: { reviewedAt: '2027-01-15T00:00:00.000Z' },
    due: '2028-01-15',
  },
  {
    what: 'stays where an editor put it when the review date moves',
    first: { reviewedAt: '2026-09-24T00:00:00.000Z', reviewDue: '2027-03-01T00:00:00.000Z' },
    then: { reviewedAt: '2026-10-01T00:00:00.000Z' },
    due: '2027-03-01',
  },
  {
    what: 'comes back to the default when an editor empties it',
    first: { reviewedAt: '2026-09-24T00:00:00.000Z', reviewDue: '2027-03-01T00:00:00.000Z' },
    then: { reviewDue: null },
    due: '2027-09-24',
  },
  {
    what: 'after a review on 29 February falls on the last day of February',
    first: { reviewedAt: '2028-02-29T00:00:00.000Z' },
    due: '2029-02-28',
  },
  { what: 'is not set for an article that was never reviewed', first: {}, due: null },
]

describe(`an article's next medical review (${reviewCases.length} cases)`, () => {
  for (const { what, first, then, due } of reviewCases) {
    it(what, async () => {
      const article = await makeDutchArticle(payload, `Review ${what}`)
      let saved = await payload.update({ collection: 'articles', id: article.id, locale: 'nl', data: first })
      if (then) saved = await payload.update({ collection: 'articles', id: article.id, locale: 'nl', data: then })
      expect(day(saved.reviewDue)).toBe(due)
    })
  }
})

describe("an article's sources", () => {
  it('are one list for both languages, each with a note in each language', async () => {
    const article = await makeDutchArticle(payload, 'Met bronnen')
    const dutch = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nl',
      data: {
        sources: [
          {
            title: 'Doha agreement meeting on terminology and definitions in groin pain in athletes',
            publisher: 'British Journal of Sports Medicine',
            year: 2015,
            doi: '10.1136/bjsports-2015-094869',
            note: 'Over liespijn',
          },
        ],
      },
    })
    const row = dutch.sources?.[0]
    expect(row?.id).toBeTruthy()
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { sources: [{ ...row!, note: 'About groin pain' }] },
    })
    const [nl, en] = await Promise.all(
      (['nl', 'en'] as const).map((locale) =>
        payload.findByID({ collection: 'articles', id: article.id, locale, draft: true }),
      ),
    )
    expect(nl.sources?.map(({ title, year, note }) => ({ title, year, note }))).toEqual([
      { title: row!.title, year: 2015, note: 'Over liespijn' },
    ])
    expect(en.sources?.map(({ title, doi, note }) => ({ title, doi, note }))).toEqual([
      { title: row!.title, doi: '10.1136/bjsports-2015-094869', note: 'About groin pain' },
    ])
  })

  it('refuse a DOI, an address or a year that is not one, saying what to write', async () => {
    const article = await makeDutchArticle(payload, 'Foute bron')
    const errors = await fieldErrors(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'nl',
        data: { sources: [{ title: 'Iets', doi: 'doi.org/10.1136', url: 'www.example.com', year: 16 }] },
      }),
    )
    expect(errors).toEqual([
      'Give a year such as 2016.',
      'Give a full web address starting with https://',
      'A DOI starts with "10." and a slash follows the number, e.g. 10.1136/bjsports-2016-096743.',
    ])
  })
})
