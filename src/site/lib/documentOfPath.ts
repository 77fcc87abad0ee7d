import { routing } from '@/i18n/routing'
import { isLocale, type Locale } from '@/i18n/locales'
import type { LocalizedCollection } from '../data/alternates'
import { pathnameOfCollection } from './paths'

/** "/nl/artikelen/x" → { locale: 'nl', collection: 'articles', slug: 'x' }, for any locale's path names. */
export function documentOfPath(path: string): { locale: Locale; collection: LocalizedCollection; slug: string } | null {
  let decoded: string
  try {
    decoded = decodeURI(path)
  } catch {
    return null
  }
  const [, locale, section, slug, ...rest] = decoded.split('/')
  if (!isLocale(locale) || !section || !slug || rest.length > 0) return null
  for (const [collection, pathname] of Object.entries(pathnameOfCollection) as [LocalizedCollection, string][]) {
    const localized = routing.pathnames[pathname as keyof typeof routing.pathnames]
    const pattern = typeof localized === 'string' ? localized : localized[locale]
    if (pattern === `/${section}/[slug]`) return { locale, collection, slug }
  }
  return null
}
