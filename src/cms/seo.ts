import type { SEOPluginConfig } from '@payloadcms/plugin-seo/types'

import { isLocale } from '@/i18n/locales'
import { documentPath, isDocumentCollection } from '@/i18n/paths'

type Doc = {
  title?: string
  name?: string
  excerpt?: string
  summary?: string
  slug?: string
  heroImage?: number | string | { id: number | string } | null
  poster?: number | string | { id: number | string } | null
}

const idOf = (value: Doc['heroImage']) => (value && typeof value === 'object' ? value.id : (value ?? ''))

/**
 * Search-engine title, description and image per language, with "generate" defaults from the
 * document's own title and excerpt (articles) or name and summary (exercises). Left empty, the
 * site uses those same defaults.
 */
export const seoConfig: SEOPluginConfig = {
  collections: ['articles', 'exercises'],
  uploadsCollection: 'media',
  // The site adds " – Heupfit" to every title itself.
  generateTitle: ({ doc }: { doc: Doc }) => doc.title ?? doc.name ?? '',
  generateDescription: ({ doc }: { doc: Doc }) => (doc.excerpt ?? doc.summary ?? '').slice(0, 160),
  generateImage: ({ doc }: { doc: Doc }) => idOf(doc.heroImage ?? doc.poster),
  generateURL: ({
    doc,
    locale,
    collectionConfig,
  }: {
    doc: Doc
    locale?: string
    collectionConfig?: { slug: string }
  }) => {
    const origin = process.env.SITE_URL ?? ''
    const collection = collectionConfig?.slug
    if (!doc.slug || !isLocale(locale) || !isDocumentCollection(collection)) return origin
    return `${origin}${documentPath(locale, collection, doc.slug)}`
  },
}
