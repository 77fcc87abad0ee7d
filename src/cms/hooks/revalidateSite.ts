import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { askServerToRevalidate } from './revalidateRequest'

/**
 * The reader site caches what it reads under these tags (src/site/data/cache.ts); a change in
 * the CMS expires the tags it touches, and the pages that read them are rebuilt on their next
 * request, in both languages.
 */
export const siteCacheTags = {
  articles: 'articles',
  exercises: 'exercises',
  topics: 'topics',
  people: 'people',
  media: 'media',
  settings: 'site-settings',
  redirects: 'redirects',
} as const

export type SiteCacheTag = (typeof siteCacheTags)[keyof typeof siteCacheTags]

/**
 * Expires tags from wherever a change happens. Inside a request (the admin, the REST API) Next
 * allows revalidateTag directly. The jobs queue (scheduled publishing) runs on a timer,
 * outside any request, where Next refuses it: then the server asks itself, through
 * /api/revalidate, to do it within a request of its own.
 */
async function expire(tags: SiteCacheTag[]): Promise<void> {
  // Only inside the Next server: the seed script and the tests change content without a site.
  if (!process.env.NEXT_RUNTIME) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    await askServerToRevalidate(tags)
  }
}

/** A save that leaves the public site as it was: an unpublished draft, never published before. */
function onlyADraft(doc: unknown, previousDoc: unknown): boolean {
  const status = (value: unknown) => (value && typeof value === 'object' ? (value as { _status?: unknown })._status : undefined)
  return status(doc) === 'draft' && status(previousDoc) !== 'published'
}

export const revalidateAfterChange =
  (...tags: SiteCacheTag[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc }) => {
    if (!onlyADraft(doc, previousDoc)) await expire(tags)
    return doc
  }

export const revalidateAfterDelete =
  (...tags: SiteCacheTag[]): CollectionAfterDeleteHook =>
  async ({ doc }) => {
    await expire(tags)
    return doc
  }

export const revalidateGlobal =
  (...tags: SiteCacheTag[]): GlobalAfterChangeHook =>
  async ({ doc }) => {
    await expire(tags)
    return doc
  }
