import { expect, test } from '@playwright/test'

import { article, locales, messages, open, paths, people } from './support/site'

for (const locale of locales) {
  const language = locale === 'nl' ? 'Dutch' : 'English'

  test(`the ${language} article ends with its sources, numbered, each with its note in ${language}`, async ({
    page,
  }) => {
    await open(page, paths.article(locale))
    const section = page.getByRole('region', { name: messages[locale].article.sources })
    await expect(section).toBeVisible()
    const items = section.locator('ol > li')
    await expect(items).toHaveCount(article.sources.length)
    for (const [index, source] of article.sources.entries()) {
      const item = items.nth(index)
      await expect(item.getByRole('link', { name: source.title })).toHaveAttribute(
        'href',
        source.url ?? `https://doi.org/${source.doi}`,
      )
      await expect(item).toContainText(`${source.publisher}, ${source.year}`)
      await expect(item).toContainText(source.note[locale])
    }
    // Nothing follows the sources inside the article: they are its end.
    await expect(page.locator('article.article > :last-child')).toHaveClass(/sources/)
  })

  test(`the ${language} article names its sources in the JSON-LD, and shows when it was last reviewed`, async ({
    page,
  }) => {
    await open(page, paths.article(locale))
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const medical = blocks
      .map(
        (text) =>
          JSON.parse(text) as {
            '@type'?: string
            citation?: { name: string; datePublished?: string }[]
            lastReviewed?: string
          },
      )
      .find((block) => block['@type'] === 'MedicalWebPage')
    expect(medical?.citation?.map(({ name, datePublished }) => ({ name, datePublished }))).toEqual(
      article.sources.map((source) => ({ name: source.title, datePublished: String(source.year) })),
    )
    expect(medical?.lastReviewed?.slice(0, 10)).toBe(article.reviewedAt.slice(0, 10))
    const reviewer = people.find((person) => person.key === article.reviewer)!
    const review = page.locator('.article__review')
    await expect(review).toContainText(reviewer.name)
    await expect(review.locator('time')).toHaveAttribute('datetime', article.reviewedAt)
  })
}
