import { notFound, permanentRedirect } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { documentPath, type DocumentCollection } from '@/i18n/paths'
import { findRedirect } from '../data/redirects'

/** For a slug with no published document: a permanent redirect when it is an old address, else the 404. */
export async function redirectOrNotFound(
  params: Promise<{ locale: string; slug: string }>,
  collection: DocumentCollection,
): Promise<never> {
  const { locale, slug } = await params
  if (isLocale(locale)) {
    const target = await findRedirect(documentPath(locale, collection, decodeURIComponent(slug)))
    if (target) permanentRedirect(target)
  }
  notFound()
}
