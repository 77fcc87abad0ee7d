import type { CollectionSlug, FieldHook } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { readWithinSave } from './readWithinSave'

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/**
 * A caption file is in one language: a translation never takes the Dutch one (as a copy of the
 * Dutch text would), so that the site does not offer Dutch captions as English ones. The
 * translation's own file is uploaded instead.
 */
export const captionsOfTheirOwnLanguage: FieldHook = async ({ value, originalDoc, collection, req }) => {
  if (!value || !collection || originalDoc?.id === undefined || !isLocale(req.locale) || req.locale === defaultLocale)
    return value
  const dutch = await readWithinSave(req, {
    collection: collection.slug as CollectionSlug,
    id: originalDoc.id,
    locale: defaultLocale,
    draft: true,
  })
  return dutch && idOf(dutch.captions) === idOf(value) ? null : value
}
