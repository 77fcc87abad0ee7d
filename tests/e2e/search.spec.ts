import { expect, test } from '@playwright/test'

import { exerciseByKey, exercises, fill, locales, messages, open, paths, type Locale } from './support/site'

/** A word from an exercise's name in each language, and the exercise it must find. */
const searches: Record<Locale, { key: string; word: (name: string) => string }> = {
  // "Zijplank" → "zijplank"; "Side plank" → "plank"
  nl: { key: 'side-plank', word: (name) => name.toLowerCase() },
  en: { key: 'side-plank', word: (name) => name.split(' ').at(-1)!.toLowerCase() },
}

for (const locale of locales) {
  const t = messages[locale]
  const language = locale === 'nl' ? 'Dutch' : 'English'

  test(`searching for a word from an exercise's name finds it, in ${language}`, async ({ page }) => {
    const exercise = exerciseByKey(searches[locale].key)
    const word = searches[locale].word(exercise.name[locale])

    await open(page, paths.search(locale))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.search.title)
    await page.getByRole('searchbox', { name: t.search.label }).fill(word)
    await page.getByRole('button', { name: t.search.submit }).click()

    await expect(page).toHaveURL(paths.search(locale, word))
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    const results = page.getByRole('region', { name: fill(t.search.resultsFor, { query: word }) })
    await expect(results).toBeVisible()
    await expect(results.getByRole('link', { name: exercise.name[locale], exact: true })).toHaveAttribute(
      'href',
      paths.exercise(locale, exercise),
    )

    // It finds the exercises whose name or summary holds the word, and only those.
    const expected = exercises
      .filter((candidate) => `${candidate.name[locale]} ${candidate.summary[locale]}`.toLowerCase().includes(word))
      .map((candidate) => candidate.name[locale])
      .sort()
    const exerciseList = results.getByRole('region', { name: t.search.exercises, exact: true })
    const found = (await exerciseList.getByRole('link').allTextContents()).sort()
    expect(found).toEqual(expected)
  })

  test(`a search that finds nothing says so, in ${language}`, async ({ page }) => {
    const query = 'xyzzyquux'
    await open(page, paths.search(locale, query))
    await expect(page.getByText(fill(t.search.none, { query }))).toBeVisible()
  })
}

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
  await expect(page.getByText(fill(messages.en.search.none, { query }))).toBeVisible()
  await expect(page.getByRole('searchbox', { name: messages.en.search.label })).toHaveValue(query)
  // The form gives the same result, typed in by a reader.
  await page.getByRole('searchbox', { name: messages.en.search.label }).fill(query)
  await page.getByRole('button', { name: messages.en.search.submit }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: fill(messages.en.search.resultsFor, { query }) }),
  ).toBeVisible()
  expect(dialogs, 'no script from the query ran').toEqual([])

  // In the HTML the query only ever appears escaped.
  const html = await (await request.get(paths.search('nl', query))).text()
  expect(html).not.toContain(query)
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
})
