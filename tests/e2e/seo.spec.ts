import { expect, test, type Page } from '@playwright/test'

import {
  article,
  exerciseByKey,
  exercises,
  escapeRegExp,
  exercisesShownInArticle,
  expectSiteUrls,
  locales,
  origin,
  paths,
  personByKey,
  topics,
  type Locale,
} from './support/site'

/** A parsed JSON-LD object, read loosely: the assertions say what each part must be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is schemaless here by nature
type JsonLd = Record<string, any>

/** Every JSON-LD block on the page, parsed (a block that does not parse fails the test). */
async function jsonLdOf(page: Page): Promise<JsonLd[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(blocks.length, 'the page has structured data').toBeGreaterThan(0)
  return blocks.map((text, index) => {
    try {
      return JSON.parse(text) as JsonLd
    } catch (error) {
      throw new Error(`JSON-LD block ${index + 1} does not parse: ${(error as Error).message}\n${text.slice(0, 300)}`)
    }
  })
}

/** The hreflang alternates, canonical and Open Graph of a page published in both languages. */
async function expectLanguageLinks(
  page: Page,
  site: string,
  locale: Locale,
  urls: Record<Locale, string>,
  title: string,
) {
  const head = page.locator('head')
  for (const language of locales) {
    await expect(head.locator(`link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute(
      'href',
      site + urls[language],
    )
  }
  await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', site + urls.nl)
  await expect(head.locator('link[rel="alternate"][hreflang]')).toHaveCount(3)
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', site + urls[locale])
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', title)
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', site + urls[locale])
  await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute(
    'content',
    locale === 'nl' ? 'nl_NL' : 'en_GB',
  )
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /\S/)
}

for (const locale of locales) {
  const language = locale === 'nl' ? 'Dutch' : 'English'

  test.describe(`search engines, on the ${language} pages`, () => {
    test('the article names both languages, its canonical URL and its Open Graph title', async ({ page, baseURL }) => {
      await page.goto(paths.article(locale))
      await expectLanguageLinks(
        page,
        origin(baseURL),
        locale,
        { nl: paths.article('nl'), en: paths.article('en') },
        article.title[locale],
      )
      await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article')
      await expect(page.locator('head meta[name="description"]')).toHaveAttribute(
        'content',
        article.metaDescription[locale],
      )
    })

    test('the article offers a social preview picture at an absolute address that serves it', async ({
      page,
      baseURL,
    }) => {
      await page.goto(paths.article(locale))
      const image = await page.locator('head meta[property="og:image"]').getAttribute('content')
      expectSiteUrls({ 'og:image': image }, origin(baseURL))
      await expect(page.locator('head meta[property="og:image:alt"]')).toHaveAttribute(
        'content',
        article.heroAlt[locale],
      )
      const picture = await page.request.get(image!)
      expect(picture.status(), `GET ${image}`).toBe(200)
      expect(picture.headers()['content-type']).toMatch(/^image\//)
    })

    test('an exercise page names both languages at their own slugs', async ({ page, baseURL }) => {
      const bridge = exerciseByKey('glute-bridge')
      await page.goto(paths.exercise(locale, bridge))
      await expectLanguageLinks(
        page,
        origin(baseURL),
        locale,
        { nl: paths.exercise('nl', bridge), en: paths.exercise('en', bridge) },
        bridge.name[locale],
      )
    })

    test('the article describes itself as a reviewed MedicalWebPage with its videos', async ({ page, baseURL }) => {
      const site = origin(baseURL)
      await page.goto(paths.article(locale))
      const data = (await jsonLdOf(page)).find((block) => block['@type'] === 'MedicalWebPage')
      expect(data, 'a MedicalWebPage block').toBeDefined()
      expect(data!['@context']).toBe('https://schema.org')
      expect(data!.headline).toBe(article.title[locale])
      expect(data!.inLanguage).toBe(locale)
      expect(data!.url).toBe(site + paths.article(locale))
      expect(data!.datePublished).toBe(article.publishedAt)
      expect(data!.author).toMatchObject({ '@type': 'Person', name: personByKey(article.author).name })
      expect(data!.reviewedBy).toMatchObject({
        '@type': 'Person',
        name: personByKey(article.reviewer).name,
        jobTitle: personByKey(article.reviewer).role[locale],
      })

      // One VideoObject per video the article shows (its exercise blocks; a program's exercises are
      // links, their videos on their own pages), each with an absolute, working file URL.
      const videos = data!.video as JsonLd[]
      expect(Array.isArray(videos), 'video is a list').toBe(true)
      expect(videos.map((video) => video.name).sort()).toEqual(
        exercisesShownInArticle(locale)
          .map((exercise) => exercise.name[locale])
          .sort(),
      )
      for (const video of videos) {
        expect(video['@type']).toBe('VideoObject')
        expect(video.contentUrl).toMatch(/\.mp4$/)
        expect(video.uploadDate, `${video.name}: uploadDate`).toBeTruthy()
        expect(video.description, `${video.name}: description`).toBeTruthy()
        expect(video.caption, `${video.name}: captions in ${locale}`).toMatch(new RegExp(`\\.${locale}(-\\d+)?\\.vtt$`))
        // The transcript is the exercise page's (its HowTo's video); the article shows it as text.
        expect(video.transcript, `${video.name}: no transcript repeated in the article's data`).toBeUndefined()
      }
      expectSiteUrls(
        Object.fromEntries([
          ['image', data!.image],
          ...videos.flatMap((video) =>
            ['contentUrl', 'thumbnailUrl', 'caption'].map((field) => [`${video.name} ${field}`, video[field]]),
          ),
        ]),
        site,
      )
      const file = await page.request.get(videos[0].contentUrl, { headers: { Range: 'bytes=0-1023' } })
      expect([200, 206]).toContain(file.status())
    })

    test('an exercise page describes itself as a HowTo with its steps and video', async ({ page, baseURL }) => {
      const site = origin(baseURL)
      const exercise = exerciseByKey('clamshell')
      await page.goto(paths.exercise(locale, exercise))
      const data = (await jsonLdOf(page)).find((block) => block['@type'] === 'HowTo')
      expect(data, 'a HowTo block').toBeDefined()
      expect(data!.name).toBe(exercise.name[locale])
      expect(data!.inLanguage).toBe(locale)
      expect(data!.url).toBe(site + paths.exercise(locale, exercise))
      expect(data!.step).toEqual(
        exercise.steps[locale].map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })),
      )
      expect(data!.video).toMatchObject({ '@type': 'VideoObject', name: exercise.name[locale] })
      expect(data!.video.contentUrl).toMatch(/\.mp4$/)
      expectSiteUrls(
        {
          image: data!.image,
          'video.contentUrl': data!.video.contentUrl,
          'video.thumbnailUrl': data!.video.thumbnailUrl,
        },
        site,
      )
    })
  })
}

test.describe('the sitemap and robots.txt', () => {
  test('robots.txt names the sitemap and keeps crawlers out of the admin', async ({ request, baseURL }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const text = await response.text()
    expect(text).toMatch(new RegExp(`^Sitemap: ${escapeRegExp(origin(baseURL))}/sitemap\\.xml$`, 'm'))
    expect(text).toMatch(/^Disallow: \/admin$/m)
  })

  test('the sitemap index leads to sitemaps that list every article, exercise and topic in both languages, each with its alternates', async ({
    page,
    request,
    baseURL,
  }) => {
    const site = origin(baseURL)
    // Parsed by the browser's XML parser: a malformed sitemap fails here.
    await page.goto('/robots.txt')
    const parse = (source: string) =>
      page.evaluate((text) => {
        const document = new DOMParser().parseFromString(text, 'application/xml')
        const error = document.getElementsByTagName('parsererror')[0]
        if (error) return { error: error.textContent ?? 'parse error', parts: [], urls: [] }
        const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9'
        const xhtmlNs = 'http://www.w3.org/1999/xhtml'
        const loc = (element: Element) => element.getElementsByTagNameNS(sitemapNs, 'loc')[0]?.textContent?.trim() ?? ''
        const parts = [...document.getElementsByTagNameNS(sitemapNs, 'sitemap')].map(loc)
        const urls = [...document.getElementsByTagNameNS(sitemapNs, 'url')].map((url) => ({
          loc: loc(url),
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS(xhtmlNs, 'link')]
              .filter((link) => link.getAttribute('rel') === 'alternate')
              .map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
          ),
        }))
        return { error: null, parts, urls }
      }, source)

    const index = await request.get('/sitemap.xml')
    expect(index.status()).toBe(200)
    expect(index.headers()['content-type']).toMatch(/xml/)
    const listed = await parse(await index.text())
    expect(listed.error, 'the sitemap index is well-formed XML').toBeNull()
    expect(listed.parts.length, 'the index names at least one sitemap').toBeGreaterThan(0)
    const entries: { error: string | null; urls: { loc: string; alternates: Record<string, string> }[] } = {
      error: null,
      urls: [],
    }
    for (const part of listed.parts) {
      expect(part.startsWith(`${site}/`), `${part} is on this site`).toBe(true)
      const response = await request.get(part.slice(site.length))
      expect(response.status(), part).toBe(200)
      expect(response.headers()['content-type']).toMatch(/xml/)
      const parsed = await parse(await response.text())
      entries.error ??= parsed.error
      entries.urls.push(...parsed.urls)
    }
    expect(entries.error, 'every sitemap is well-formed XML').toBeNull()

    const byLoc = new Map(entries.urls.map((entry) => [entry.loc, entry.alternates]))
    const pages: Record<Locale, string>[] = [
      { nl: paths.home('nl'), en: paths.home('en') },
      { nl: paths.library('nl'), en: paths.library('en') },
      { nl: paths.glossary('nl'), en: paths.glossary('en') },
      { nl: paths.article('nl'), en: paths.article('en') },
      ...exercises.map((exercise) => ({ nl: paths.exercise('nl', exercise), en: paths.exercise('en', exercise) })),
      ...topics.map((topic) => ({ nl: paths.topic('nl', topic.slug.nl), en: paths.topic('en', topic.slug.en) })),
    ]
    const missing: string[] = []
    for (const urls of pages) {
      const expected = { nl: site + urls.nl, en: site + urls.en }
      for (const locale of locales) {
        const alternates = byLoc.get(expected[locale])
        if (!alternates) missing.push(expected[locale])
        else expect(alternates, `alternates of ${expected[locale]}`).toMatchObject(expected)
      }
    }
    expect(missing, 'pages missing from the sitemap').toEqual([])
    expect(entries.urls, 'nothing else in the sitemap').toHaveLength(pages.length * 2)
  })
})
