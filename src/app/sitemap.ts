import type { MetadataRoute } from 'next'

import { locales, type Locale } from '@/i18n/locales'
import { getSitemapDocuments } from '@/site/data/sitemap'
import { documentPath } from '@/i18n/paths'
import { absolute, pathOf, type StaticPathname } from '@/site/lib/paths'

type Entry = MetadataRoute.Sitemap[number]

/** One entry per page and language, each naming all its languages as alternates. */
function entries(urls: Partial<Record<Locale, string>>, lastModified?: string): Entry[] {
  const languages = Object.fromEntries(Object.entries(urls).map(([locale, path]) => [locale, absolute(path)]))
  return Object.values(urls).map((path) => ({
    url: absolute(path),
    lastModified,
    alternates: { languages },
  }))
}

export default async function sitemap(): Promise<Entry[]> {
  const pages: StaticPathname[] = ['/', '/exercises', '/glossary']
  const fixed = pages.flatMap((pathname) =>
    entries(Object.fromEntries(locales.map((locale) => [locale, pathOf(locale, pathname)]))),
  )
  const documents = (await getSitemapDocuments()).flatMap((document) =>
    entries(
      Object.fromEntries(
        Object.entries(document.slugs).map(([locale, slug]) => [
          locale,
          documentPath(locale as Locale, document.collection, slug),
        ]),
      ),
      document.updatedAt,
    ),
  )
  return [...fixed, ...documents]
}
