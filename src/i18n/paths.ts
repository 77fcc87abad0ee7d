import type { Locale } from './locales'
import { routing } from './routing'

export type DocumentPathname = '/articles/[slug]' | '/exercises/[slug]' | '/topics/[slug]'

/** A document page's path in one language, e.g. ('nl', '/articles/[slug]', 'x') → /nl/artikelen/x */
export function documentPath(locale: Locale, pathname: DocumentPathname, slug: string): string {
  const localized = routing.pathnames[pathname]
  const pattern = typeof localized === 'string' ? localized : localized[locale]
  return `/${locale}${pattern.replace('[slug]', encodeURIComponent(slug))}`
}
