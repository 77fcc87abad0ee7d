import { expect, test, type Page } from '@playwright/test'

import { adminSessionFile } from './support/admin-session'
import { article, exerciseByKey, locales, paths, topics, type Locale } from './support/site'

/**
 * Every page type and the admin run with the Content-Security-Policy the server sends, and the
 * browser reports no violation of it: a blocked script, style, image, frame or connection
 * would be a part of the page that silently stops working.
 */
const readerPages: { name: string; path: (locale: Locale) => string }[] = [
  { name: 'home page', path: paths.home },
  { name: 'article', path: (locale) => paths.article(locale) },
  { name: 'exercise library', path: paths.library },
  { name: 'exercise page', path: (locale) => paths.exercise(locale, exerciseByKey('glute-bridge')) },
  { name: 'topic page', path: (locale) => paths.topic(locale, topics[0].slug[locale]) },
  { name: 'search results', path: (locale) => paths.search(locale, locale === 'nl' ? 'heupen' : 'hips') },
  { name: 'glossary', path: paths.glossary },
  { name: 'missing page', path: (locale) => `/${locale}/no-such-page` },
]

const adminPages = [
  { name: 'dashboard', path: '/admin' },
  { name: 'article list', path: '/admin/collections/articles' },
  { name: 'media list', path: '/admin/collections/media' },
  { name: 'new exercise', path: '/admin/collections/exercises/create' },
]

/** Collects what the browser reports: the securitypolicyviolation events and its console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
    ...fromConsole,
  ]
}

/** Time for the scripts that run after load (hydration, the admin's own requests) to act. */
const settle = (page: Page) => page.waitForTimeout(2000)

async function expectNoViolations(page: Page, path: string) {
  const violations = await watchViolations(page)
  const response = await page.goto(path)
  expect(response?.headers()['content-security-policy'], `${path} carries a CSP`).toMatch(/default-src 'self'/)
  await page.waitForLoadState('load')
  await settle(page)
  expect(await violations(), `CSP violations on ${path}`).toEqual([])
}

for (const locale of locales) {
  for (const { name, path } of readerPages) {
    test(`the ${locale === 'nl' ? 'Dutch' : 'English'} ${name} breaks no rule of its CSP`, async ({ page }) => {
      await expectNoViolations(page, path(locale))
    })
  }
}

test.describe('the admin under its CSP', () => {
  test.use({ storageState: adminSessionFile })
  for (const { name, path } of adminPages) {
    test(`the ${name} breaks no rule of its CSP`, async ({ page }) => {
      test.setTimeout(60_000)
      await expectNoViolations(page, path)
    })
  }

  test('an article’s edit view breaks no rule of its CSP', async ({ page }) => {
    test.setTimeout(60_000)
    const violations = await watchViolations(page)
    await page.goto('/admin/collections/articles?locale=nl')
    await page.getByRole('link', { name: article.title.nl }).click()
    await expect(page.getByRole('textbox', { name: /^(Title|Titel)\b/ }).first()).toBeVisible({ timeout: 30_000 })
    await settle(page)
    expect(await violations()).toEqual([])
  })
})
