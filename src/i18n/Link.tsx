import NextLink from 'next/link'
import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import type { Locale } from './locales'
import { getPathname } from './navigation'

type Href = Parameters<typeof getPathname>[0]['href']

/**
 * A link to a reader page, by its internal path (`/exercises`, or a document's pathname and slug)
 * in the page's language or the one given. The localized address (/nl/oefeningen) is worked out
 * here on the server by next-intl's getPathname and handed to Next's own Link, so readers'
 * browsers get no copy of next-intl's client navigation and routing table (1.1 KB gzipped off
 * every page's scripts, `npm run bench`).
 */
export async function Link({
  href,
  locale,
  ...props
}: Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }) {
  const language = locale ?? ((await getLocale()) as Locale)
  return <NextLink href={getPathname({ href, locale: language })} {...props} />
}
