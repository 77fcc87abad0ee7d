import type { MetadataRoute } from 'next'

import { locales, type Locale } from '@/i18n/locales'
import { documentPath } from '@/i18n/paths'
import { getSitemapDocuments, sitemapChunks, sitemapChunkSize, sitemapFixedPages } from '@/site/data/sitemap'
import { absolute, pathOf } from '@/site/lib/paths'

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

/**
 * The sitemaps /sitemaps/sitemap/0.xml, 1.xml, …, each with at most sitemapChunkSize pages (in
 * every language they are published in), listed by the index at /sitemap.xml. How many there are
 * follows the content: a new one answers as soon as there is content for it.
 */
export async function generateSitemaps() {
  return Array.from({ length: sitemapChunks(await getSitemapDocuments()) }, (_, id) => ({ id }))
}

export default async function sitemap(props: { id: Promise<string> }): Promise<Entry[]> {
  const id = Number(await props.id)
  const fixed = sitemapFixedPages.map((pathname) => ({
    urls: Object.fromEntries(locales.map((locale) => [locale, pathOf(locale, pathname)])),
    updatedAt: undefined,
  }))
  const documents = (await getSitemapDocuments()).map((document) => ({
    urls: Object.fromEntries(
      Object.entries(document.slugs).map(([locale, slug]) => [
        locale,
        documentPath(locale as Locale, document.collection, slug),
      ]),
    ),
    updatedAt: document.updatedAt,
  }))
  return [...fixed, ...documents]
    .slice(id * sitemapChunkSize, (id + 1) * sitemapChunkSize)
    .flatMap((page) => entries(page.urls, page.updatedAt))
}
