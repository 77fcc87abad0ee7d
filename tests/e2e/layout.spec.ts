import { expect, test, type Page } from '@playwright/test'

import { locales, messages, paths, type Locale } from './support/site'

/**
 * Phone first: measured geometry, asserted (a screenshot of each page is attached to the report
 * for a person to look at; the assertions are what can fail).
 */
const phones = [
  { name: 'a 320 px phone', width: 320, height: 640 },
  { name: 'a 390 px phone', width: 390, height: 844 },
]
const desktop = { name: 'a 1280 px screen', width: 1280, height: 800 }

/** The boxes of what a reader can use in the header (links, the menu button): one row of them. */
async function header(page: Page, locale: Locale) {
  const box = await page.locator('.site-header').first().boundingBox()
  const parts = page.locator('.site-header').first().locator('a:visible, summary:visible')
  const boxes = await Promise.all((await parts.all()).map((part) => part.boundingBox()))
  expect(boxes.length, `header parts in ${locale}`).toBeGreaterThanOrEqual(3)
  return { box: box!, parts: boxes.map((part) => part!) }
}

for (const locale of locales) {
  const t = messages[locale]
  const language = locale === 'nl' ? 'Dutch' : 'English'

  for (const screen of [...phones, desktop]) {
    test.describe(`on ${screen.name}, in ${language}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height } })

      for (const [name, path] of [
        ['home page', paths.home(locale)],
        ['article', paths.article(locale)],
        ['exercise library', paths.library(locale)],
      ] as const) {
        test(`the ${name}'s header is one row and fits the screen`, async ({ page }, testInfo) => {
          await page.goto(path)
          const { box, parts } = await header(page, locale)
          const middles = parts.map((part) => part.y + part.height / 2)
          expect(Math.max(...middles) - Math.min(...middles), 'links on one line').toBeLessThan(4)
          expect(box.height, 'header height').toBeLessThan(70)
          for (const part of parts) expect(part.x + part.width, 'inside the screen').toBeLessThanOrEqual(screen.width)
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
          expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(screen.width)
          await testInfo.attach(`${locale}-${name}-${screen.width}.png`, {
            body: await page.screenshot(),
            contentType: 'image/png',
          })
        })
      }

      if (screen.width < 640) {
        test('the menu opens under the header, without JavaScript too', async ({ browser }) => {
          const context = await browser.newContext({ javaScriptEnabled: false, viewport: screen })
          const page = await context.newPage()
          await page.goto(paths.home(locale))
          const menu = page.getByRole('navigation', { name: t.site.mainNavigation })
          const search = menu.getByRole('link', { name: t.site.search, exact: true })
          await expect(search).toBeHidden()
          await menu.getByText(t.site.menu, { exact: true }).click()
          await expect(search).toBeVisible()
          await search.click()
          await expect(page).toHaveURL(paths.search(locale))
          await context.close()
        })
      }

      test('the library shows its first exercise within the first screen', async ({ page }) => {
        await page.goto(paths.library(locale))
        const card = page.locator('.library__results .card').first()
        const box = (await card.boundingBox())!
        expect(box.y, 'top of the first exercise').toBeLessThan(screen.height - 100)
      })
    })
  }

  test.describe(`the library on a phone, in ${language}, without JavaScript`, () => {
    test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })

    test('folds its filters away behind a disclosure that opens', async ({ page }) => {
      await page.goto(paths.library(locale))
      const filters = page.getByRole('navigation', { name: t.library.filters })
      const beginner = filters.getByRole('link', { name: new RegExp(`^${t.values.difficulty.beginner} `) })
      await expect(beginner).toBeHidden()
      await filters.getByText(t.library.filters, { exact: true }).click()
      await expect(beginner).toBeVisible()
    })

    test('shows chosen filters as chips that remove themselves', async ({ page }) => {
      await page.goto(`${paths.library(locale)}?difficulty=beginner&bodyRegion=hip`)
      const chips = page.getByRole('list', { name: t.library.activeFilters })
      const name = `${t.library.filter.difficulty}: ${t.values.difficulty.beginner}`
      await expect(chips.getByRole('link')).toHaveCount(2)
      await chips.getByRole('link', { name: t.library.removeFilter.replace('{filter}', name) }).click()
      await expect(page).toHaveURL(new RegExp(`${paths.library(locale)}\\?bodyRegion=hip$`))
      await expect(page.getByRole('list', { name: t.library.activeFilters }).getByRole('link')).toHaveCount(1)
    })
  })

  test(`orders levels from beginner to advanced, in ${language}`, async ({ page }) => {
    await page.goto(paths.library(locale))
    const levels = page
      .getByRole('region', { name: t.library.filter.difficulty })
      .getByRole('listitem')
      .filter({ hasNot: page.getByRole('link', { name: t.library.all, exact: true }) })
    const texts = (await levels.allTextContents()).map((text) => text.replace(/\s*\(\d+\)\s*$/, ''))
    expect(texts).toEqual([
      t.values.difficulty.beginner,
      t.values.difficulty.intermediate,
      t.values.difficulty.advanced,
    ])
  })
}
