import { expect, test, type Page } from '@playwright/test'

import { exerciseByKey, fill, locales, messages, open, paths, topics, type Locale } from './support/site'

/** Queries in a reader's own words (an inflection, a typo) and the exercise each must find. */
const searches: Record<Locale, { query: string; key: string }[]> = {
  nl: [
    { query: 'zijplnak', key: 'side-plank' },
    { query: 'bilspier', key: 'glute-bridge' },
  ],
  en: [
    { query: 'side plnak', key: 'side-plank' },
    { query: 'bridges', key: 'glute-bridge' },
  ],
}

const resultsRegion = (page: Page, locale: Locale, query: string) =>
  page.getByRole('region', { name: fill(messages[locale].search.resultsFor, { query }) })

for (const locale of locales) {
  const t = messages[locale]
  const language = locale === 'nl' ? 'Dutch' : 'English'

  test.describe(`without JavaScript, in ${language}`, () => {
    test.use({ javaScriptEnabled: false })

    for (const { query, key } of searches[locale]) {
      test(`the form finds ${key} for "${query}", marked as an exercise`, async ({ page }) => {
        const exercise = exerciseByKey(key)
        await open(page, paths.search(locale))
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.search.title)
        await page.getByRole('searchbox', { name: t.search.label }).fill(query)
        await page.getByRole('button', { name: t.search.submit }).click()

        await expect(page).toHaveURL(paths.search(locale, query).replace(/%20/g, '+'))
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        const results = resultsRegion(page, locale, query)
        const link = results.getByRole('link', { name: exercise.name[locale], exact: true })
        await expect(link).toHaveAttribute('href', paths.exercise(locale, exercise))
        await expect(
          results
            .getByRole('listitem')
            .filter({ has: page.getByRole('link', { name: exercise.name[locale], exact: true }) }),
        ).toContainText(t.search.types.exercise)
        await expect(results.locator('mark').first()).toBeVisible()
      })
    }

    test('finds topics too', async ({ page }) => {
      const topic = topics.find((candidate) => candidate.key === 'cross-training')!
      const query = topic.name[locale]
      await open(page, paths.search(locale, query))
      const link = resultsRegion(page, locale, query).getByRole('link', { name: topic.name[locale], exact: true })
      await expect(link).toHaveAttribute('href', paths.topic(locale, topic.slug[locale]))
    })

    test('"%" finds nothing instead of everything', async ({ page }) => {
      await open(page, paths.search(locale, '%'))
      await expect(page.getByText(fill(t.search.none, { query: '%' }))).toBeVisible()
      await expect(resultsRegion(page, locale, '%').getByRole('listitem')).toHaveCount(0)
    })

    test('offers another spelling when nothing matches', async ({ page }) => {
      const query = locale === 'nl' ? 'zijplnka' : 'sdie plnka'
      await open(page, paths.search(locale, query))
      await expect(page.getByText(fill(t.search.none, { query }))).toBeVisible()
      const suggestion = locale === 'nl' ? 'zijplank' : 'side plank'
      await page.getByRole('link', { name: suggestion, exact: true }).click()
      await expect(
        resultsRegion(page, locale, suggestion).getByRole('link', {
          name: exerciseByKey('side-plank').name[locale],
          exact: true,
        }),
      ).toBeVisible()
    })
  })

  test(`with JavaScript, results appear while typing, in ${language}`, async ({ page }) => {
    const query = locale === 'nl' ? 'heupen' : 'hips'
    await open(page, paths.search(locale))
    await page.getByRole('searchbox', { name: t.search.label }).pressSequentially(query, { delay: 40 })
    // No submit: the results follow the typing.
    await expect(resultsRegion(page, locale, query).getByRole('listitem').first()).toBeVisible()
    await expect(page).toHaveURL(paths.search(locale, query))
    await expect(page.getByRole('searchbox', { name: t.search.label })).toBeFocused()
  })
}

test('many results come in pages of ten', async ({ page }) => {
  const t = messages.nl.pager
  await open(page, paths.search('nl', 'je'))
  const results = resultsRegion(page, 'nl', 'je')
  await expect(results.getByRole('listitem')).toHaveCount(10)
  const first = await results.getByRole('listitem').first().getByRole('link').textContent()
  await results.getByRole('link', { name: t.next }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(results.getByText(fill(t.pageOf, { page: 2, pages: 2 }))).toBeVisible()
  const count = await results.getByRole('listitem').count()
  expect(count).toBeGreaterThan(0)
  expect(count).toBeLessThanOrEqual(10)
  await expect(results.getByRole('listitem').first().getByRole('link')).not.toHaveText(first!)
})

test('the search shows the query as text, never as markup', async ({ page, request }) => {
  const query = '<script>alert(1)</script>'
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })

  await open(page, paths.search('en', query))
  await expect(
    page.getByRole('heading', { level: 2, name: fill(messages.en.search.resultsFor, { query }) }),
  ).toBeVisible()
  await expect(page.getByRole('searchbox', { name: messages.en.search.label })).toHaveValue(query)
  expect(dialogs, 'no script from the query ran').toEqual([])

  // In the HTML the query only ever appears escaped.
  const html = await (await request.get(paths.search('nl', query))).text()
  expect(html).not.toContain(query)
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
})
