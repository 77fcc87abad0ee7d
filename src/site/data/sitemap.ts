import { locales, type Locale } from '@/i18n/locales'
import type { DocumentCollection } from '@/i18n/paths'
import type { StaticPathname } from '../lib/paths'
import { asPublic } from './articles'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

export interface SitemapDocument {
  collection: DocumentCollection
  updatedAt: string
  /** Its slug in every locale where it is published. */
  slugs: Partial<Record<Locale, string>>
}

/** Pages (each in all its languages) per sitemap: well under the protocol's 50,000 URLs and 50 MB. */
export const sitemapChunkSize = 1000

/** The pages that show no document, first in the sitemap; then every document. */
export const sitemapFixedPages: StaticPathname[] = ['/', '/exercises', '/glossary']

/** How many sitemaps the index lists for these documents. */
export function sitemapChunks(documents: SitemapDocument[]): number {
  return Math.max(1, Math.ceil((sitemapFixedPages.length + documents.length) / sitemapChunkSize))
}

/** Every published document, with its slug per published locale. */
export const getSitemapDocuments = cached(
  'sitemap-documents',
  [cacheTags.articles, cacheTags.exercises, cacheTags.topics],
  async (): Promise<SitemapDocument[]> => {
    const payload = await getPayloadClient()
    const byKey = new Map<string, SitemapDocument>()
    for (const collection of ['articles', 'exercises', 'topics'] as const) {
      for (const locale of locales) {
        const { docs } = await payload.find({
          collection,
          ...asPublic(locale),
          depth: 0,
          pagination: false,
          select: { slug: true, updatedAt: true },
        })
        for (const doc of docs) {
          if (!doc.slug) continue
          const key = `${collection}:${doc.id}`
          const entry = byKey.get(key) ?? { collection, updatedAt: doc.updatedAt, slugs: {} }
          entry.slugs[locale] = doc.slug
          byKey.set(key, entry)
        }
      }
    }
    return [...byKey.values()]
  },
)
