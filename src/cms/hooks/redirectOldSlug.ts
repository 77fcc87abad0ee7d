import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isLocale } from '@/i18n/locales'
import { documentPath, type DocumentCollection } from '@/i18n/paths'
import { readWithinSave } from './readWithinSave'

type RedirectedCollection = DocumentCollection

type PublishedSlug = { locale: string; slug: unknown; published: boolean }
const contextKey = (collection: RedirectedCollection, id: unknown) => `publishedSlug:${collection}:${String(id)}`

/**
 * Before a publish, notes the address the public can reach now: the published version's slug in
 * this language. With drafts and autosave the previous save is usually a draft that already has
 * the new slug, so previousDoc cannot tell.
 */
export const rememberPublishedSlug =
  (collection: Exclude<RedirectedCollection, 'topics'>): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const locale = req.locale
    if (operation !== 'update' || !isLocale(locale) || originalDoc?.id === undefined || data._status !== 'published')
      return data
    const published = await readWithinSave(req, { collection, id: originalDoc.id, locale, draft: false })
    const remembered: PublishedSlug = { locale, slug: published?.slug, published: published?._status === 'published' }
    req.context[contextKey(collection, originalDoc.id)] = remembered
    return data
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
    // An address that is a page again (a slug given back) no longer redirects anywhere.
    if (typeof doc.slug === 'string' && doc.slug && (collection === 'topics' || doc._status === 'published')) {
      await req.payload.delete({
        collection: 'redirects',
        where: { from: { equals: documentPath(locale, collection, doc.slug) } },
        overrideAccess: true,
        req,
      })
    }
    const remembered = req.context[contextKey(collection, doc.id)] as PublishedSlug | undefined
    const before =
      remembered?.locale === locale
        ? remembered
        : { slug: previousDoc?.slug, published: previousDoc?._status === 'published' }
    const oldSlug: unknown = before.slug
    // Only an address the public could reach: the previous version was published.
    const wasPublished = collection === 'topics' || before.published
    if (typeof oldSlug !== 'string' || !oldSlug || oldSlug === doc.slug || !wasPublished) return doc
    if (collection !== 'topics' && doc._status !== 'published') return doc
    const from = documentPath(locale, collection, oldSlug)
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
