import { expect, test } from '@playwright/test'

import { article, exerciseByKey, locales, paths, topics } from './support/site'

const bridge = exerciseByKey('glute-bridge')
const topic = topics[0]

/** A redirect's Location as a path with its query. */
function target(location: string): string {
  const url = new URL(location, 'http://127.0.0.1')
  return `${url.pathname}${url.search}`
}

/** Every kind of reader page, in both languages. */
const readerPages = locales.flatMap((locale) => [
  paths.home(locale),
  paths.article(locale),
  paths.library(locale),
  paths.exercise(locale, bridge),
  paths.topic(locale, topic.slug[locale]),
  paths.search(locale, 'hip'),
])

test(`no reader page sets a cookie, so that shared caches may keep it (${readerPages.length} pages)`, async ({
  request,
}) => {
  for (const path of readerPages) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(200)
    expect(response.headers()['set-cookie'], `Set-Cookie on ${path}`).toBeUndefined()
  }
})

test('a page under a route folder’s own name goes to its Dutch address', async ({ request }) => {
  const cases = [
    [`/nl/articles/${article.slug.nl}`, paths.article('nl')],
    ['/nl/exercises', paths.library('nl')],
    [`/nl/exercises/${bridge.slug.nl}`, paths.exercise('nl', bridge)],
    [`/nl/topics/${topic.slug.nl}`, paths.topic('nl', topic.slug.nl)],
    ['/nl/search?q=heup', paths.search('nl', 'heup')],
  ]
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    expect(target(response.headers().location), from).toBe(to)
  }
})

test('an address without a language gets one', async ({ request }) => {
  const response = await request.get(`/artikelen/${article.slug.nl}`, { maxRedirects: 0 })
  expect(response.status()).toBe(307)
  expect(target(response.headers().location)).toBe(paths.article('nl'))
})

test('the browser remembers the language last read, and / leads there', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL' })
  const page = await context.newPage()
  await page.goto(paths.article('en'))
  await expect
    .poll(async () => (await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value)
    .toBe('en')
  await page.goto('/')
  await expect(page).toHaveURL(paths.home('en'))
  await page.goto(paths.article('nl'))
  await expect
    .poll(async () => (await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value)
    .toBe('nl')
  await page.goto('/')
  await expect(page).toHaveURL(paths.home('nl'))
  await context.close()
})
