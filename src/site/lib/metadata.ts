import type { Metadata } from 'next'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'
import { absolute, type LanguageLinks } from './paths'

interface PageMetadata {
  locale: Locale
  title: string
  description?: string | null
  links: LanguageLinks
  image?: Media | number | null
  type?: 'website' | 'article'
}

/** Title, description, canonical URL, hreflang alternates (with x-default) and Open Graph. */
export function pageMetadata({ locale, title, description, links, image, type = 'website' }: PageMetadata): Metadata {
  const own = links[locale]
  const languages: Record<string, string> = {}
  for (const [code, path] of Object.entries(links)) if (path) languages[code] = absolute(path)
  const fallback = links[defaultLocale] ?? own
  if (fallback) languages['x-default'] = absolute(fallback)
  const picture = image && typeof image === 'object' ? (image.sizes?.og?.url ?? image.url) : null
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: own ? absolute(own) : undefined, languages },
    openGraph: {
      type,
      title,
      description: description ?? undefined,
      url: own ? absolute(own) : undefined,
      locale: locale === 'nl' ? 'nl_NL' : 'en_GB',
      siteName: 'Heupfit',
      images: picture
        ? [{ url: absolute(picture), alt: typeof image === 'object' ? (image?.alt ?? '') : '' }]
        : undefined,
    },
  }
}
