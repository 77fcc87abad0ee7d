import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'

/**
 * Reads the document being saved, in another locale or state, within the save's transaction.
 * The Local API sets req.locale to the locale it reads, and the rest of the save relies on the
 * save's own: this puts it back afterwards. Undefined when there is no such document.
 */
export async function readWithinSave(
  req: PayloadRequest,
  {
    collection,
    id,
    locale,
    draft,
  }: { collection: CollectionSlug; id: number | string; locale: Locale | 'all'; draft: boolean },
): Promise<Record<string, unknown> | undefined> {
  const { locale: savedLocale, fallbackLocale } = req
  try {
    const doc = await req.payload.findByID({
      collection,
      id,
      locale,
      draft,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    return (doc ?? undefined) as Record<string, unknown> | undefined
  } finally {
    req.locale = savedLocale
    req.fallbackLocale = fallbackLocale
  }
}
