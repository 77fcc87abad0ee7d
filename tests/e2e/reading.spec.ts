import { expect, test } from '@playwright/test'

import {
  article,
  articleExerciseBlocks,
  bodyNodes,
  escapeRegExp,
  fill,
  locales,
  messages,
  open,
  otherLocale,
  paths,
  personByKey,
} from './support/site'

for (const locale of locales) {
  const t = messages[locale]

  test.describe(`reading the article in ${locale === 'nl' ? 'Dutch' : 'English'}`, () => {
    test('the home page lists the article, and its link opens it', async ({ page }) => {
      await open(page, paths.home(locale))
      await expect(page.locator('html')).toHaveAttribute('lang', locale)

      const latest = page.getByRole('region', { name: t.home.latestArticles })
      const link = latest.getByRole('link', { name: article.title[locale] })
      await expect(link).toBeVisible()
      await expect(latest.getByText(article.excerpt[locale])).toBeVisible()

      await link.click()
      await expect(page).toHaveURL(paths.article(locale))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title[locale])
    })

    test('the article shows its title, reviewer, contents, exercises, callouts and quote', async ({ page }) => {
      await open(page, paths.article(locale))
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page).toHaveTitle(new RegExp(escapeRegExp(article.title[locale])))

      const main = page.getByRole('main')
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(article.title[locale])

      const author = personByKey(article.author)
      const reviewer = personByKey(article.reviewer)
      await expect(main.getByText(fill(t.article.by, { name: author.name }), { exact: true })).toBeVisible()
      await expect(
        main.getByText(fill(t.article.reviewedBy, { name: reviewer.name, role: reviewer.role[locale] })),
      ).toBeVisible()

      // The table of contents: one entry per section (h2), each leading to its heading.
      const sectionTitles = bodyNodes(locale, 'heading')
        .filter((heading) => heading.level === 2)
        .map((heading) => heading.text)
      const contents = main.getByRole('navigation', { name: t.article.contents })
      await expect(contents).toBeVisible()
      await expect(contents.getByRole('link')).toHaveText(sectionTitles)
      const last = contents.getByRole('link', { name: sectionTitles.at(-1), exact: true })
      const target = await last.getAttribute('href')
      expect(target, 'a contents entry links to an anchor on the page').toMatch(/^#.+/)
      await last.click()
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(target!)}$`))
      await expect(main.getByRole('heading', { level: 2, name: sectionTitles.at(-1), exact: true })).toBeInViewport()

      // The exercise blocks: at least three, each named with a link to the exercise's page.
      const blocks = articleExerciseBlocks(locale)
      expect(blocks.length, 'the seed article has at least three exercise blocks').toBeGreaterThanOrEqual(3)
      const exerciseBlocks = main.locator('section.exercise-card')
      await expect(exerciseBlocks).toHaveCount(blocks.length)
      for (const [index, exercise] of blocks.entries()) {
        const block = exerciseBlocks.nth(index)
        await expect(block).toBeVisible()
        const name = block.getByRole('heading', { level: 3 })
        await expect(name).toHaveText(exercise.name[locale])
        await expect(name.getByRole('link')).toHaveAttribute('href', paths.exercise(locale, exercise))
        await expect(block.getByText(`${t.exercise.dosage}:`)).toBeVisible()
        await expect(block.locator('video')).toBeVisible()
        await expect(block.getByRole('heading', { level: 4, name: t.exercise.steps })).toBeVisible()
      }

      // Every callout, with its title and text.
      const callouts = bodyNodes(locale, 'callout')
      expect(callouts.length).toBeGreaterThan(0)
      for (const callout of callouts) {
        const box = main.getByRole('complementary', { name: callout.title })
        await expect(box).toBeVisible()
        await expect(box.getByText(callout.text)).toBeVisible()
      }

      // The expert's quote, attributed to them.
      for (const quote of bodyNodes(locale, 'expertQuote')) {
        const figure = main.locator('figure').filter({ has: page.locator('blockquote', { hasText: quote.quote }) })
        await expect(figure).toBeVisible()
        const person = personByKey(quote.person)
        await expect(figure.locator('figcaption')).toHaveText(`${person.name}, ${person.role[locale]}`)
      }
    })

    test('the language switcher leads to the article in the other language and back', async ({ page }) => {
      const other = otherLocale(locale)
      await open(page, paths.article(locale))

      const switcher = page.getByRole('navigation', { name: t.languageSwitcher.label })
      const toOther = switcher.getByRole('link', { name: other === 'nl' ? 'Nederlands' : 'English' })
      await expect(toOther).toHaveAttribute('hreflang', other)
      await toOther.click()

      await expect(page).toHaveURL(paths.article(other))
      await expect(page.locator('html')).toHaveAttribute('lang', other)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title[other])

      const back = page
        .getByRole('navigation', { name: messages[other].languageSwitcher.label })
        .getByRole('link', { name: locale === 'nl' ? 'Nederlands' : 'English' })
      await expect(back).toHaveAttribute('hreflang', locale)
      await back.click()

      await expect(page).toHaveURL(paths.article(locale))
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title[locale])
    })
  })
}
