import type { Locale } from './locales'
import { getPathname } from './navigation'
import type { Pathname } from './routing'

/**
 * The collections a reader opens one document of, each with the page that shows it: the one
 * map from collection to reader path, for the site's links, the sitemap, preview, redirects and SEO.
 */
export const pathnameOfCollection = {
  articles: '/articles/[slug]',
  exercises: '/exercises/[slug]',
  topics: '/topics/[slug]',
} as const satisfies Record<string, Pathname>

export type DocumentCollection = keyof typeof pathnameOfCollection
export type DocumentPathname = (typeof pathnameOfCollection)[DocumentCollection]

export const documentCollections = Object.keys(pathnameOfCollection) as DocumentCollection[]

export const isDocumentCollection = (value: unknown): value is DocumentCollection =>
  typeof value === 'string' && Object.hasOwn(pathnameOfCollection, value)

/** The href of a document's page, for the site's Link (@/i18n/Link, which adds the reader's locale). */
export const documentHref = (collection: DocumentCollection, slug: string) => ({
  pathname: pathnameOfCollection[collection],
  params: { slug },
})

/** A document page's path in one language, e.g. ('nl', 'articles', 'x') → /nl/artikelen/x */
export function documentPath(locale: Locale, collection: DocumentCollection, slug: string): string {
  return getPathname({ locale, href: documentHref(collection, slug) })
}
