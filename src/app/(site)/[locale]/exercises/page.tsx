import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { routing } from '@/i18n/routing'
import { Library, libraryMetadata } from '@/site/components/Library'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return libraryMetadata(locale)
}

/**
 * The library with nothing chosen, prerendered. Filtered and later pages (`?type=…`, `?page=2`)
 * are rewritten by src/proxy.ts onto ./filtered/[...filters], each cached on its own.
 */
export default async function ExerciseLibraryPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return (await Library({ locale, chosen: {}, page: 1 })) ?? notFound()
}
