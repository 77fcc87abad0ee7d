import { expect, test } from '@playwright/test'

import { locales, paths } from './support/site'

/** The `<img>` tags of a page as served, with their attributes. */
async function images(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), `status of ${path}`).toBe(200)
  return [...(await response.text()).matchAll(/<img\b([^>]*)>/g)].map(([, attributes]) => ({
    src: /\bsrc="([^"]*)"/.exec(attributes)?.[1] ?? '',
    loading: /\bloading="([^"]*)"/.exec(attributes)?.[1],
    priority: /\bfetchpriority="([^"]*)"/i.exec(attributes)?.[1],
  }))
}

// The page's largest paint is its first image (the article's hero, the first card of a list): it is
// fetched at once and first; every image below it waits until it is scrolled near.
// The seed has one article (one card on the home page, a hero and no related cards on the
// article) and a library of many exercises (cards below the first).
const pages = [
  ['home page', paths.home, 0],
  ['article', (locale: (typeof locales)[number]) => paths.article(locale), 0],
  ['exercise library', paths.library, 2],
] as const

for (const locale of locales) {
  for (const [name, path, below] of pages) {
    test(`the ${locale} ${name} fetches its first image first and the others lazily`, async ({ request }) => {
      const [first, ...rest] = await images(request, path(locale))
      expect(first, 'the page has an image').toBeDefined()
      expect(first, first.src).toMatchObject({ loading: 'eager', priority: 'high' })
      expect(rest.length, 'images below the first').toBeGreaterThanOrEqual(below)
      for (const image of rest) expect(image, image.src).toMatchObject({ loading: 'lazy', priority: undefined })
    })
  }
}
