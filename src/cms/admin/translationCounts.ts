import type { CollectionSlug, Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { AdminKey } from '../translations'

export const translatedCollections = ['articles', 'exercises'] as const satisfies CollectionSlug[]

export const collectionWords = { articles: 'articles', exercises: 'exercises' } as const satisfies Record<
  string,
  AdminKey
>

export type Kind = 'missing' | 'outdated' | 'draft' | 'published'

const translated: Where = { translatedFrom: { exists: true } }
// A document with no Dutch title is nothing to translate yet (an empty draft, for instance).
const hasSource: Where = { and: [{ sourceTitle: { exists: true } }, { sourceTitle: { not_equals: '' } }] }
const outdatedIn = (locale: Locale): Where => ({ 'translationState.outdatedLocales': { in: [locale] } })
const published: Where = { _status: { equals: 'published' } }
const unpublished: Where = { _status: { not_equals: 'published' } }

/**
 * The list-view filter for each kind of translation work in one language. "Draft" and
 * "published" count translations that are not outdated (subtracted in countsIn, since a
 * negated filter on an empty list of outdated languages matches nothing), and link to all
 * drafts or all published translations.
 */
export function filterFor(kind: Kind, locale: Locale): Where {
  switch (kind) {
    case 'missing':
      return { and: [{ translatedFrom: { exists: false } }, hasSource] }
    case 'outdated':
      return outdatedIn(locale)
    case 'published':
      return { and: [translated, published] }
    case 'draft':
      return { and: [translated, unpublished] }
  }
}

/** "where[a][in][0]=en" for the admin list URL. */
export function toQuery(where: Where, prefix = 'where'): string[] {
  return Object.entries(where).flatMap(([key, value]) => {
    const path = `${prefix}[${key}]`
    if (Array.isArray(value))
      return value.flatMap((item, index) =>
        typeof item === 'object'
          ? toQuery(item as Where, `${path}[${index}]`)
          : [`${path}[${index}]=${encodeURIComponent(String(item))}`],
      )
    if (value && typeof value === 'object') return toQuery(value as Where, path)
    return [`${path}=${encodeURIComponent(String(value))}`]
  })
}

export async function countsIn(
  payload: Payload,
  collection: (typeof translatedCollections)[number],
  locale: Locale,
): Promise<Record<Kind, number>> {
  const count = async (where: Where) =>
    (await payload.count({ collection, locale, where, overrideAccess: true })).totalDocs
  const [missing, outdated, allPublished, allDrafts, outdatedPublished] = await Promise.all([
    count(filterFor('missing', locale)),
    count(filterFor('outdated', locale)),
    count(filterFor('published', locale)),
    count(filterFor('draft', locale)),
    count({ and: [outdatedIn(locale), published] }),
  ])
  return {
    missing,
    outdated,
    published: allPublished - outdatedPublished,
    draft: allDrafts - (outdated - outdatedPublished),
  }
}
