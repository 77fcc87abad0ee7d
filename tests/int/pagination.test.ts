import { describe, expect, it } from 'vitest'

import { libraryDestination, libraryQueryKeys, localizedRewrites, topicPageRewrites } from '@/i18n/localizedRoutes.mjs'
import { config as proxyConfig } from '@/proxy'
import { exerciseFilters, type ExerciseFilterValues } from '@/site/data/exercises'
import { sitemapChunks, sitemapChunkSize, type SitemapDocument } from '@/site/data/sitemap'
import { decodeLibrarySegments, libraryHref } from '@/site/lib/libraryPath'
import { pageWindow, parsePage } from '@/site/lib/pagination'

interface Rule {
  source: string
  has?: { type: string; key: string; value?: string }[]
  missing?: { type: string; key: string }[]
  destination: string
}

/** Where Next sends a request: the first rule whose source, `has` and `missing` all match (as next.config.mjs lists them). */
function routeByRules(rules: Rule[], url: string): string | null {
  const { pathname, searchParams } = new URL(url, 'http://site')
  for (const rule of rules) {
    const names = [...rule.source.matchAll(/:(\w+)/g)].map((match) => match[1])
    const source = new RegExp(`^${rule.source.replace(/:(\w+)/g, '([^/]+)')}$`).exec(pathname)
    if (!source) continue
    const params: Record<string, string> = Object.fromEntries(names.map((name, i) => [name, source[i + 1]]))
    const matched = (rule.has ?? []).every((condition) => {
      const value = searchParams.get(condition.key)
      if (value === null) return false
      const found = new RegExp(`^${condition.value ?? '.*'}$`).exec(value)
      Object.assign(params, found?.groups)
      return found !== null
    })
    if (!matched || (rule.missing ?? []).some((condition) => searchParams.has(condition.key))) continue
    return rule.destination.replace(/:(\w+)/g, (_, name: string) => params[name])
  }
  return null
}

describe('numbered pages', () => {
  const cases: [total: number, page: number, size: number, expected: ReturnType<typeof pageWindow>][] = [
    [0, 1, 24, { page: 1, pageCount: 1, start: 0, end: 0 }],
    [24, 1, 24, { page: 1, pageCount: 1, start: 0, end: 24 }],
    [25, 2, 24, { page: 2, pageCount: 2, start: 24, end: 25 }],
    [500, 21, 24, { page: 21, pageCount: 21, start: 480, end: 500 }],
    [500, 22, 24, null],
    [10, 0, 24, null],
    [10, 1.5, 24, null],
  ]
  it(`show the right slice, and no page past the last (${cases.length} cases)`, () => {
    for (const [total, page, size, expected] of cases)
      expect(pageWindow(total, page, size), `${total}/${page}`).toEqual(expected)
  })

  it('take a page number from the address only in its plain form', () => {
    expect(['1', '2', '9999'].map(parsePage)).toEqual([1, 2, 9999])
    expect(['', '0', '02', '-1', '1.5', 'x', '10000', undefined].map(parsePage)).toEqual(Array(8).fill(null))
  })
})

describe('the library and topic addresses', () => {
  const bases = { nl: '/nl/oefeningen', en: '/en/exercises' } as const
  /** Where the proxy sends a library address: null for the plain, prerendered library. */
  const route = (href: string) => {
    const url = new URL(href, 'http://site')
    const locale = url.pathname === bases.nl ? 'nl' : 'en'
    return libraryDestination(locale, url.searchParams)
  }
  const examples: ExerciseFilterValues = {
    bodyRegion: 'hip',
    type: 'strength',
    difficulty: 'beginner',
    equipment: 'mat',
  }

  // Every combination of chosen filters and a page, in both languages.
  const combinations = Object.entries(bases).flatMap(([locale, base]) =>
    Array.from({ length: 2 ** (exerciseFilters.length + 1) }, (_, bits) => {
      const chosen: ExerciseFilterValues = {}
      exerciseFilters.forEach((filter, bit) => {
        if (bits & (1 << bit)) chosen[filter] = examples[filter]
      })
      const page = bits & (1 << exerciseFilters.length) ? 3 : 1
      return { locale, base, chosen, page }
    }),
  )

  it(`lead every filter link and page of the library to a cached route showing those filters (${combinations.length} addresses)`, () => {
    console.log(`${combinations.length} library addresses routed`)
    for (const { locale, base, chosen, page } of combinations) {
      const href = libraryHref(base, chosen, {}, page)
      const destination = route(href)
      if (Object.keys(chosen).length === 0 && page === 1) {
        // Nothing chosen: the prerendered library itself.
        expect(href).toBe(base)
        expect(destination, href).toBeNull()
        continue
      }
      expect(destination, href).toMatch(new RegExp(`^/${locale}/exercises/filtered/`))
      const segments = destination!.split('/').slice(4)
      expect(decodeLibrarySegments(segments), href).toEqual({ chosen, page })
    }
  })

  it('leave an address with an impossible value or page to the plain library, and refuse unknown values', () => {
    expect(route('/nl/oefeningen?type=Strength!')).toBeNull()
    expect(route('/nl/oefeningen?type=strength&page=0')).toBeNull()
    expect(route('/nl/oefeningen?utm_source=newsletter')).toBeNull()
    expect(decodeLibrarySegments(['-', 'no-such-type', '-', '-', '-'])).toBeNull()
    expect(decodeLibrarySegments(['-', '-', '-', '-', '02'])).toBeNull()
    expect(decodeLibrarySegments(['-', '-', '-', '-'])).toBeNull()
  })

  it('send every library parameter through the proxy, and nothing else of the library', () => {
    const throughProxy = proxyConfig.matcher.flatMap((entry) =>
      typeof entry === 'object' && /oefeningen/.test(entry.source) ? entry.has.map((condition) => condition.key) : [],
    )
    expect(throughProxy.sort()).toEqual([...libraryQueryKeys].sort())
    expect(proxyConfig.matcher.filter((entry) => typeof entry === 'string' && /oefeningen/.test(entry))).toEqual([])
  })

  it("keep next.config.mjs's rewrite rules few: Next matches every one again for every page request", () => {
    const rules = [...topicPageRewrites(), ...localizedRewrites()]
    console.log(`${rules.length} rewrite rules`)
    expect(rules.length).toBeLessThanOrEqual(20)
  })

  it('send a later page of a topic to its own cached route', () => {
    const topics = topicPageRewrites() as Rule[]
    expect(routeByRules(topics, '/nl/onderwerpen/krachttraining?page=2')).toBe('/nl/topics/krachttraining/page/2')
    expect(routeByRules(topics, '/en/topics/strength-training?page=12')).toBe('/en/topics/strength-training/page/12')
    expect(routeByRules(topics, '/nl/onderwerpen/krachttraining')).toBeNull()
    expect(routeByRules(topics, '/nl/onderwerpen/krachttraining?page=x')).toBeNull()
  })
})

describe('the sitemap index', () => {
  const documents = (count: number): SitemapDocument[] =>
    Array.from({ length: count }, (_, i) => ({ collection: 'articles', updatedAt: '', slugs: { nl: `a${i}` } }))
  it('names one sitemap per thousand pages, the fixed pages included', () => {
    expect(sitemapChunkSize).toBe(1000)
    expect(sitemapChunks(documents(0))).toBe(1)
    // Three fixed pages (home, library, glossary) come first.
    expect(sitemapChunks(documents(997))).toBe(1)
    expect(sitemapChunks(documents(998))).toBe(2)
    expect(sitemapChunks(documents(2_500))).toBe(3)
  })
})
