import { expect, test, type Page } from '@playwright/test'

import { escapeRegExp, exercises, locales, messages, open, paths, type Locale, type SeedExercise } from './support/site'

type Filter = 'bodyRegion' | 'type' | 'difficulty' | 'equipment'
const filters: Filter[] = ['bodyRegion', 'type', 'difficulty', 'equipment']

/** An exercise's values for one filter, from the seed. */
function valuesOf(exercise: SeedExercise, filter: Filter): string[] {
  switch (filter) {
    case 'bodyRegion':
      return exercise.bodyRegions
    case 'type':
      return [exercise.type]
    case 'difficulty':
      return [exercise.difficulty]
    case 'equipment':
      return exercise.equipment
  }
}

const matching = (chosen: Partial<Record<Filter, string>>) =>
  exercises.filter((exercise) =>
    filters.every((filter) => !chosen[filter] || valuesOf(exercise, filter).includes(chosen[filter]!)),
  )

const names = (list: SeedExercise[], locale: Locale) => list.map((exercise) => exercise.name[locale]).sort()

const results = (page: Page) => page.locator('.library__results')
/** The names on the result cards, sorted. */
async function resultNames(page: Page): Promise<string[]> {
  return (await results(page).locator('article.card h3').allTextContents()).map((name) => name.trim()).sort()
}

/** One filter's group of links, found by its heading ("Soort", "Type", …). */
const filterGroup = (page: Page, locale: Locale, filter: Filter) =>
  page
    .getByRole('navigation', { name: messages[locale].library.filters })
    .getByRole('region', { name: messages[locale].library.filter[filter], exact: true })

/** The link for one value of a filter, e.g. "Plyometric (1)". */
const filterLink = (page: Page, locale: Locale, filter: Filter, value: string) =>
  filterGroup(page, locale, filter).getByRole('link', {
    name: new RegExp(
      `^${escapeRegExp((messages[locale].values[filter] as Record<string, string>)[value])} \\(\\d+\\)$`,
    ),
  })

const countOf = async (page: Page, locale: Locale, filter: Filter, value: string) => {
  const text = await filterLink(page, locale, filter, value).textContent()
  return Number(/\((\d+)\)\s*$/.exec(text ?? '')?.[1])
}

for (const locale of locales) {
  const t = messages[locale]

  test.describe(`the exercise library in ${locale === 'nl' ? 'Dutch' : 'English'}`, () => {
    test('lists every exercise, with a link to its page', async ({ page }) => {
      await open(page, paths.library(locale))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.library.title)
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${exercises.length} `) })).toBeVisible()
      expect(await resultNames(page)).toEqual(names(exercises, locale))
      for (const exercise of exercises) {
        await expect(results(page).getByRole('link', { name: exercise.name[locale], exact: true })).toHaveAttribute(
          'href',
          paths.exercise(locale, exercise),
        )
      }
      // Nothing chosen yet: every group's "All" is the current choice.
      for (const filter of filters) {
        await expect(
          filterGroup(page, locale, filter).getByRole('link', { name: t.library.all, exact: true }),
        ).toHaveAttribute('aria-current', 'true')
      }
    })

    test('choosing a type narrows the results to exercises of that type', async ({ page }) => {
      await open(page, paths.library(locale))
      const expected = matching({ type: 'plyometric' })
      expect(expected.length, 'the seed has plyometric exercises, but not only those').toBeGreaterThan(0)
      expect(expected.length).toBeLessThan(exercises.length)

      const link = filterLink(page, locale, 'type', 'plyometric')
      await expect(link).toHaveText(`${t.values.type.plyometric} (${expected.length})`)
      await link.click()

      await expect(page).toHaveURL(`${paths.library(locale)}?type=plyometric`)
      await expect(filterLink(page, locale, 'type', 'plyometric')).toHaveAttribute('aria-current', 'true')
      expect(await resultNames(page)).toEqual(names(expected, locale))
      // Each card says its type.
      const cards = results(page).locator('article.card')
      await expect(cards).toHaveCount(expected.length)
      for (const card of await cards.all()) {
        await expect(card.locator('.card__meta')).toContainText(t.values.type.plyometric)
      }
      // And the way back: "All" again shows everything.
      await filterGroup(page, locale, 'type').getByRole('link', { name: t.library.all, exact: true }).click()
      await expect(page).toHaveURL(paths.library(locale))
      await expect(cards).toHaveCount(exercises.length)
    })

    test('filters combine, and "clear all filters" removes them', async ({ page }) => {
      await open(page, `${paths.library(locale)}?bodyRegion=knee`)
      const knee = matching({ bodyRegion: 'knee' })
      expect(await resultNames(page)).toEqual(names(knee, locale))

      // No dead ends: a value that would show nothing is shown with its (0), but not as a link.
      const emptyType = [...new Set(exercises.map((exercise) => exercise.type))].find(
        (type) => matching({ bodyRegion: 'knee', type }).length === 0,
      )
      expect(emptyType, 'the seed has a type that no knee exercise has').toBeDefined()
      const emptyLabel = (t.values.type as Record<string, string>)[emptyType!]
      await expect(filterGroup(page, locale, 'type').getByText(`${emptyLabel} (0)`, { exact: true })).toBeVisible()
      await expect(
        filterGroup(page, locale, 'type').getByRole('link', { name: new RegExp(`^${escapeRegExp(emptyLabel)} `) }),
      ).toHaveCount(0)

      const both = matching({ bodyRegion: 'knee', difficulty: 'intermediate' })
      expect(both.length).toBeGreaterThan(0)
      expect(both.length).toBeLessThan(knee.length)
      // The counts beside a filter already take the other chosen filters into account.
      expect(await countOf(page, locale, 'difficulty', 'intermediate')).toBe(both.length)
      await filterLink(page, locale, 'difficulty', 'intermediate').click()

      await expect(page).toHaveURL(`${paths.library(locale)}?bodyRegion=knee&difficulty=intermediate`)
      expect(await resultNames(page)).toEqual(names(both, locale))
      await expect(filterLink(page, locale, 'bodyRegion', 'knee')).toHaveAttribute('aria-current', 'true')
      await expect(filterLink(page, locale, 'difficulty', 'intermediate')).toHaveAttribute('aria-current', 'true')

      await page.getByRole('link', { name: t.library.clear }).click()
      await expect(page).toHaveURL(paths.library(locale))
      expect(await resultNames(page)).toEqual(names(exercises, locale))
    })
  })
}

test.describe('the library without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every filter link shows the number of exercises it leads to', async ({ page }) => {
    const locale: Locale = 'en'
    await open(page, paths.library(locale))
    // Read every link first, then follow each: its count must equal the cards it gives.
    const links: { filter: Filter; value: string; href: string; count: number }[] = []
    for (const filter of filters) {
      const anchors = filterGroup(page, locale, filter).locator('a[href*="="]')
      for (const anchor of await anchors.all()) {
        const href = (await anchor.getAttribute('href'))!
        const value = new URL(href, 'http://x').searchParams.get(filter)!
        links.push({ filter, value, href, count: await countOf(page, locale, filter, value) })
      }
    }
    const options = filters.map((filter) => new Set(exercises.flatMap((exercise) => valuesOf(exercise, filter))).size)
    expect(links.length, 'one link per value that the exercises have').toBe(options.reduce((a, b) => a + b, 0))

    for (const { filter, value, href, count } of links) {
      const response = await page.goto(href)
      expect(response?.status(), href).toBe(200)
      const shown = await resultNames(page)
      expect(shown, `${href}: the count beside the link`).toHaveLength(count)
      expect(shown, `${href}: the exercises with ${filter} = ${value}`).toEqual(
        names(matching({ [filter]: value }), locale),
      )
    }
  })

  test('following the filter links narrows the Dutch library', async ({ page }) => {
    const locale: Locale = 'nl'
    await open(page, paths.library(locale))
    await filterLink(page, locale, 'equipment', 'mat').click()
    await expect(page).toHaveURL(`${paths.library(locale)}?equipment=mat`)
    expect(await resultNames(page)).toEqual(names(matching({ equipment: 'mat' }), locale))
    await filterLink(page, locale, 'difficulty', 'beginner').click()
    await expect(page).toHaveURL(`${paths.library(locale)}?difficulty=beginner&equipment=mat`)
    expect(await resultNames(page)).toEqual(names(matching({ equipment: 'mat', difficulty: 'beginner' }), locale))
  })
})
