import { expect, test, type APIRequest, type Page } from '@playwright/test'

import { article, exerciseByKey, fill, locales, messages, paths, type Locale } from './support/site'

/** Opens a path and checks the localized "page not found" page with status 404. */
async function expectNotFound(page: Page, path: string, locale: Locale) {
  const response = await page.goto(path)
  expect(response?.status(), `status of ${path}`).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[locale].notFound.title)
  await expect(page.getByText(messages[locale].notFound.text)).toBeVisible()
  await expect(page.getByRole('link', { name: messages[locale].notFound.home })).toHaveAttribute(
    'href',
    paths.home(locale),
  )
}

for (const locale of locales) {
  const language = locale === 'nl' ? 'Dutch' : 'English'

  test(`an unknown article, exercise or topic gives a ${language} 404`, async ({ page }) => {
    await expectNotFound(page, paths.article(locale, 'no-such-article'), locale)
    await expectNotFound(page, paths.exerciseSlug(locale, 'no-such-exercise'), locale)
    await expectNotFound(page, paths.topic(locale, 'no-such-topic'), locale)
  })

  test(`an unknown path under /${locale} gives a ${language} 404`, async ({ page }) => {
    await expectNotFound(page, `/${locale}/no-such-page`, locale)
    await expectNotFound(page, `/${locale}/no/such/page/at/all`, locale)
  })
}

test('the Dutch article slug under /en is a 404 that offers the Dutch article', async ({ page }) => {
  await expectNotFound(page, paths.article('en', article.slug.nl), 'en')
  await expect(
    page.getByText(fill(messages.en.notFound.elsewhere, { language: messages.en.languages.nl })),
  ).toBeVisible()
  const offer = page.getByRole('main').getByRole('link', { name: 'Nederlands' })
  await expect(offer).toHaveAttribute('href', paths.article('nl'))
  await expect(offer).toHaveAttribute('hreflang', 'nl')
  await offer.click()
  await expect(page).toHaveURL(paths.article('nl'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title.nl)
})

test('the English article slug under /nl is a 404 that offers the English article', async ({ page }) => {
  await expectNotFound(page, paths.article('nl', article.slug.en), 'nl')
  await expect(
    page.getByText(fill(messages.nl.notFound.elsewhere, { language: messages.nl.languages.en })),
  ).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'English' })).toHaveAttribute(
    'href',
    paths.article('en'),
  )
})

test('a Dutch exercise slug under /en is a 404 that offers the Dutch exercise', async ({ page }) => {
  const bridge = exerciseByKey('glute-bridge')
  expect(bridge.slug.nl).not.toBe(bridge.slug.en)
  await expectNotFound(page, paths.exerciseSlug('en', bridge.slug.nl), 'en')
  await expect(page.getByRole('main').getByRole('link', { name: 'Nederlands' })).toHaveAttribute(
    'href',
    paths.exercise('nl', bridge),
  )
})

test.describe('the root address sends readers to a language', () => {
  /** Where `/` redirects to, without following the redirect, asked by a fresh client (no cookies, no headers of its own). */
  async function redirectOf(
    playwright: { request: APIRequest },
    baseURL: string | undefined,
    headers: Record<string, string>,
  ) {
    const request = await playwright.request.newContext({ baseURL })
    try {
      const response = await request.get('/', { headers, maxRedirects: 0 })
      expect(response.status(), 'a redirect').toBeGreaterThanOrEqual(300)
      expect(response.status()).toBeLessThan(400)
      return new URL(response.headers().location, 'http://127.0.0.1').pathname
    } finally {
      await request.dispose()
    }
  }

  test('to Dutch by default', async ({ playwright, baseURL }) => {
    expect(await redirectOf(playwright, baseURL, {})).toBe('/nl')
    expect(await redirectOf(playwright, baseURL, { 'Accept-Language': 'de-DE,de;q=0.9,fr;q=0.8' })).toBe('/nl')
  })

  test('to English for a browser that prefers English', async ({ playwright, baseURL }) => {
    expect(await redirectOf(playwright, baseURL, { 'Accept-Language': 'en' })).toBe('/en')
    expect(await redirectOf(playwright, baseURL, { 'Accept-Language': 'en-GB,en;q=0.9,nl;q=0.5' })).toBe('/en')
    expect(await redirectOf(playwright, baseURL, { 'Accept-Language': 'nl-BE,nl;q=0.9,en;q=0.8' })).toBe('/nl')
  })

  test('to the language of the NEXT_LOCALE cookie, before Accept-Language', async ({ playwright, baseURL }) => {
    expect(await redirectOf(playwright, baseURL, { Cookie: 'NEXT_LOCALE=en', 'Accept-Language': 'nl' })).toBe('/en')
    expect(await redirectOf(playwright, baseURL, { Cookie: 'NEXT_LOCALE=en' })).toBe('/en')
    expect(await redirectOf(playwright, baseURL, { Cookie: 'NEXT_LOCALE=nl', 'Accept-Language': 'en' })).toBe('/nl')
  })

  test('and a browser opening / lands on the home page of that language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: 'en-GB' })
    const page = await context.newPage()
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await context.close()
  })
})
