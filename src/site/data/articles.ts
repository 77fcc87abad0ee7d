import type { Locale } from '../../i18n/locales'
import { getPayloadClient } from './payload'

export interface ArticleSummary {
  id: number | string
  title: string
  slug: string
  excerpt: string
}

/** The articles published in this locale, newest first, as the public sees them. */
export async function getPublishedArticles(locale: Locale, limit = 20): Promise<ArticleSummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
    limit,
    sort: '-publishedAt',
    select: { title: true, slug: true, excerpt: true },
  })
  return docs.map(({ id, title, slug, excerpt }) => ({ id, title, slug: slug ?? '', excerpt }))
}
