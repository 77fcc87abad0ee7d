import { locales, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { documentPath, type DocumentPathname } from '@/i18n/paths'
import type { Alternates, LocalizedCollection } from '../data/alternates'

export type { DocumentPathname }
export type StaticPathname = '/' | '/exercises' | '/search'

/** The page that shows a document of each collection. */
export const pathnameOfCollection: Record<LocalizedCollection, DocumentPathname> = {
  articles: '/articles/[slug]',
  exercises: '/exercises/[slug]',
  topics: '/topics/[slug]',
}

/** The reader URL of a page, e.g. ('nl', '/articles/[slug]', 'x') → /nl/artikelen/x */
export function pathOf(locale: Locale, pathname: StaticPathname | DocumentPathname, slug?: string): string {
  if (pathname === '/' || pathname === '/exercises' || pathname === '/search') {
    return getPathname({ locale, href: pathname })
  }
  return documentPath(locale, pathname, slug ?? '')
}

/** Each locale's URL of this page, or null where the document is not published. */
export type LanguageLinks = Record<Locale, string | null>

export function documentLinks(pathname: DocumentPathname, alternates: Alternates): LanguageLinks {
  return Object.fromEntries(
    locales.map((locale) => {
      const slug = alternates[locale]
      return [locale, slug ? pathOf(locale, pathname, slug) : null]
    }),
  ) as LanguageLinks
}

export function staticLinks(pathname: StaticPathname): LanguageLinks {
  return Object.fromEntries(locales.map((locale) => [locale, pathOf(locale, pathname)])) as LanguageLinks
}

/** The site's public origin, for canonical and hreflang links. */
export function siteUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

/** An absolute URL; upload URLs already are when Payload's serverURL (SITE_URL) is set. */
export const absolute = (path: string): string => (/^https?:\/\//.test(path) ? path : `${siteUrl()}${path}`)
