import type { CollectionAfterChangeHook } from 'payload'

import { isLocale } from '../../i18n/locales'
import { documentPath, type DocumentPathname } from '../../i18n/paths'

type RedirectedCollection = 'articles' | 'exercises' | 'topics'

const pathnameOf: Record<RedirectedCollection, DocumentPathname> = {
  articles: '/articles/[slug]',
  exercises: '/exercises/[slug]',
  topics: '/topics/[slug]',
}

/**
 * When a published slug changes, the old address keeps working: a redirect from the old path in
 * this language to the document itself (not to its new path, so a later rename needs no chain).
 */
export const redirectOldSlug =
  (collection: RedirectedCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const locale = req.locale
    if (operation !== 'update' || !isLocale(locale)) return doc
    const oldSlug: unknown = previousDoc?.slug
    // Only an address the public could reach: the previous version was published.
    const wasPublished = collection === 'topics' || previousDoc?._status === 'published'
    if (typeof oldSlug !== 'string' || !oldSlug || oldSlug === doc.slug || !wasPublished) return doc
    if (collection !== 'topics' && doc._status !== 'published') return doc
    const from = documentPath(locale, pathnameOf[collection], oldSlug)
    const data = {
      from,
      locale,
      to: { type: 'reference' as const, reference: { relationTo: collection, value: doc.id } },
    }
    const existing = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const current = existing.docs[0]
    if (current) await req.payload.update({ collection: 'redirects', id: current.id, data, overrideAccess: true, req })
    else await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
    return doc
  }
