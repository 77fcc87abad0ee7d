import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { routing } from '@/i18n/routing'
import { Library, libraryMetadata } from '@/site/components/Library'
import { decodeLibrarySegments } from '@/site/lib/libraryPath'

/**
 * A filtered or later page of the library. Readers ask for `/nl/oefeningen?type=strength&page=2`;
 * src/proxy.ts rewrites that onto this route, one path segment per filter and the page
 * (`-` for none: …/filtered/-/strength/-/-/2), so each combination is rendered on its first
 * request and then served from the cache, like any prerendered page, until a tag expires.
 */
type Props = { params: Promise<{ locale: string; filters: string[] }> }

/** Nothing at build time: combinations render on first request (dynamicParams) and are kept. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return libraryMetadata(locale)
}

export default async function FilteredLibraryPage({ params }: Props) {
  const { locale, filters } = await params
  const request = decodeLibrarySegments(filters)
  if (!hasLocale(routing.locales, locale) || !request) notFound()
  setRequestLocale(locale)
  return (await Library({ locale, ...request })) ?? notFound()
}
