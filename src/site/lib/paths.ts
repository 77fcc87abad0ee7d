import { locales, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { documentPath, type DocumentCollection } from '@/i18n/paths'

/** The pages that show no document. */
export type StaticPathname = '/' | '/exercises' | '/search' | '/glossary'

/** A page's reader URL, e.g. ('nl', '/exercises') → /nl/oefeningen */
export function pathOf(locale: Locale, pathname: StaticPathname): string {
  return getPathname({ locale, href: pathname })
}

/** A document's slug in each locale where the public can read it. */
export type Alternates = Partial<Record<Locale, string>>

/** Each locale's URL of this page, or null where the document is not published. */
export type LanguageLinks = Record<Locale, string | null>

export function documentLinks(collection: DocumentCollection, alternates: Alternates): LanguageLinks {
  return Object.fromEntries(
    locales.map((locale) => {
      const slug = alternates[locale]
      return [locale, slug ? documentPath(locale, collection, slug) : null]
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
