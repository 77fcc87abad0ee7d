import { isLocale, type Locale } from '@/i18n/locales'
import { documentCollections, pathnameOfCollection, type DocumentCollection } from '@/i18n/paths'
import { routing } from '@/i18n/routing'

/** "/nl/artikelen/x" → { locale: 'nl', collection: 'articles', slug: 'x' }, for any locale's path names. */
export function documentOfPath(path: string): { locale: Locale; collection: DocumentCollection; slug: string } | null {
  let decoded: string
  try {
    decoded = decodeURI(path)
  } catch {
    return null
  }
  const [, locale, section, slug, ...rest] = decoded.split('/')
  if (!isLocale(locale) || !section || !slug || rest.length > 0) return null
  const collection = documentCollections.find(
    (candidate) => routing.pathnames[pathnameOfCollection[candidate]][locale] === `/${section}/[slug]`,
  )
  return collection ? { locale, collection, slug } : null
}
