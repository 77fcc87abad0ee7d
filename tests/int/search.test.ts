import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { seed } from '@/seed'
import { pageSize, SearchIndex, type SearchHit } from '@/site/search/engine'
import { loadSearchDocuments } from '@/site/search/documents'
import { paragraphs } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  await seed(payload)
})
afterAll(async () => {
  vi.restoreAllMocks()
  await payload?.destroy()
})

/** The index the site builds, from what the public may read now. */
const indexOf = async (locale: Locale) => new SearchIndex(locale, await loadSearchDocuments(payload, locale))
const text = (segments: SearchHit['title']) => segments.map((segment) => segment.text).join('')
const titles = (hits: SearchHit[]) => hits.map((hit) => `${hit.type}: ${text(hit.title)}`)

/** Queries in a reader's own words, with a result that must come first and others that must be there. */
const queries: { locale: Locale; query: string; why: string; first: string; also?: string[] }[] = [
  {
    locale: 'nl',
    query: 'heupen',
    why: 'a plural finds the singular',
    first: 'article: Overbelaste heup: wat kun je er als hardloper aan doen?',
  },
  {
    locale: 'nl',
    query: 'zijplnak',
    why: 'two letters swapped are one typo',
    first: 'exercise: Zijplank',
    also: ['exercise: Kopenhagen-plank'],
  },
  { locale: 'nl', query: 'ZIJPLANK', why: 'case does not matter', first: 'exercise: Zijplank' },
  {
    locale: 'nl',
    query: 'bilspier',
    why: 'a singular finds the plural',
    first: 'topic: Krachttraining',
    also: ['exercise: Bilbrug', 'exercise: Split squat'],
  },
  {
    locale: 'nl',
    query: 'hinkelen op een been',
    why: 'accents need not be typed',
    first: 'exercise: Hinkelen op één been',
  },
  { locale: 'nl', query: 'oefening', why: 'topics are found too', first: 'topic: Krachttraining' },
  { locale: 'nl', query: 'aquajogen', why: 'a missing letter is one typo', first: 'exercise: Aquajoggen' },
  {
    locale: 'en',
    query: 'strengthening exercises',
    why: 'inflected words find their stems',
    first: 'article: The overloaded hip: what runners can do about it',
  },
  {
    locale: 'en',
    query: 'hips',
    why: 'a plural finds the singular',
    first: 'topic: Hip injuries',
    also: ['article: The overloaded hip: what runners can do about it'],
  },
  { locale: 'en', query: 'side plnak', why: 'a typo in a word of five letters', first: 'exercise: Side plank' },
  {
    locale: 'en',
    query: 'brdge',
    why: 'a missing letter is one typo',
    first: 'exercise: Single-leg glute bridge',
    also: ['exercise: Glute bridge'],
  },
  {
    locale: 'en',
    query: 'Copenhagen',
    why: 'a title word ranks its document first',
    first: 'exercise: Copenhagen plank',
  },
]

describe('search in the reader’s own words', () => {
  console.info(`search: ${queries.length} queries in Dutch and English`)
  for (const { locale, query, why, first, also = [] } of queries) {
    it(`${locale}: "${query}" finds ${first} first (${why})`, async () => {
      const { hits, total } = await (await indexOf(locale)).search(query)
      expect(total).toBeGreaterThan(0)
      expect(titles(hits)[0]).toBe(first)
      for (const expected of also) expect(titles(hits)).toContain(expected)
    })
  }

  it('ranks a word in a title above the same word in a text', async () => {
    const { hits } = (await indexOf('en')).search('plank')
    expect(titles(hits).slice(0, 2).sort()).toEqual(['exercise: Copenhagen plank', 'exercise: Side plank'])
  })

  it('tolerates no typo in a short word', async () => {
    expect((await indexOf('en')).search('hpi').total).toBe(0)
  })

  it('finds nothing for "%", "_" or "*" instead of everything', async () => {
    const index = await indexOf('nl')
    for (const query of ['%', '_', '*', '%%', "'"]) expect(index.search(query).total, query).toBe(0)
  })

  it('marks the words it found in the title and snippet', async () => {
    const { hits } = (await indexOf('nl')).search('zijplank')
    expect(hits[0].title).toEqual([{ text: 'Zijplank', hit: true }])
    // The Copenhagen plank's summary calls it "een zijplank met je bovenste been op een bank".
    const hit = hits.find((candidate) => text(candidate.title) === 'Kopenhagen-plank')!
    expect(hit.title.every((segment) => !segment.hit)).toBe(true)
    const marked = hit.snippet.filter((segment) => segment.hit).map((segment) => segment.text)
    expect(marked.length).toBeGreaterThan(0)
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^zijplank/)
  })

  it('shows a snippet around the word in a long text, cut at words', async () => {
    const { hits } = (await indexOf('en')).search('physiotherapist')
    const article = hits.find((hit) => hit.type === 'article')!
    const snippet = text(article.snippet)
    expect(snippet.length).toBeLessThan(300)
    expect(snippet.toLowerCase()).toContain('physiotherapist')
  })

  it('offers another spelling when nothing matches, one that finds something', async () => {
    const index = await indexOf('nl')
    const result = index.search('zijplnka')
    expect(result.total).toBe(0)
    expect(result.suggestion).toBe('zijplank')
    expect(index.search('xyzzyquux').suggestion).toBeNull()
  })

  it('pages through many results, each once', async () => {
    const index = await indexOf('nl')
    const first = index.search('je')
    expect(first.total).toBeGreaterThan(pageSize)
    expect(first.hits).toHaveLength(pageSize)
    const second = index.search('je', 2)
    expect(second.page).toBe(2)
    expect(second.hits).toHaveLength(first.total - pageSize)
    const ids = [...first.hits, ...second.hits].map((hit) => `${hit.type}:${hit.id}`)
    expect(new Set(ids).size).toBe(first.total)
    expect(index.search('je', 99).page).toBe(first.pageCount)
  })
})

describe('what search may show', () => {
  it('never shows a draft, nor a published document’s newer draft', async () => {
    await payload.create({
      collection: 'articles',
      locale: 'nl',
      draft: true,
      data: {
        title: 'Geheimzinnige knieschijf',
        excerpt: 'Nog niet af',
        body: paragraphs('Concept.'),
        _status: 'draft',
      },
    })
    const published = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: 'Kwartelkoning', excerpt: 'Af', body: paragraphs('Gepubliceerd.'), _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: published.id,
      locale: 'nl',
      draft: true,
      data: { title: 'Kwartelkoning met verborgen zin', _status: 'draft' },
    })
    const index = await indexOf('nl')
    expect(index.search('geheimzinnige').total).toBe(0)
    expect(index.search('knieschijf').total).toBe(0)
    expect(index.search('verborgen').total).toBe(0)
    expect(titles(index.search('kwartelkoningen').hits)).toEqual(['article: Kwartelkoning'])
    // Not published in English: not found there, even by its Dutch words.
    expect((await indexOf('en')).search('kwartelkoningen').total).toBe(0)
  })

  it('follows publish and unpublish', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: 'Trochanteric bursitis',
        excerpt: 'Outer hip pain',
        body: paragraphs('Text.'),
        _status: 'published',
      },
    })
    expect((await indexOf('en')).search('bursitis').total).toBe(1)
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { _status: 'draft' } })
    expect((await indexOf('en')).search('bursitis').total).toBe(0)
  })
})
