import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

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
  glossary: 'glossary',
} as const

export type SiteCacheTag = (typeof siteCacheTags)[keyof typeof siteCacheTags]

/**
 * Expires tags from wherever a change happens. A change made through the REST or GraphQL API
 * (the admin saves and publishes that way) runs inside its request, where Next's revalidateTag
 * works. Anything else may run outside a live request: the jobs queue (scheduled publishing)
 * runs on a timer that inherits the context of whichever request started Payload, where
 * revalidateTag is silently lost. There the server asks itself, through /api/revalidate, to
 * expire the tags within a request of its own.
 */
async function expire(tags: SiteCacheTag[], req: PayloadRequest): Promise<void> {
  // Only inside the Next server: the seed script and the tests change content without a site.
  if (!process.env.NEXT_RUNTIME) return
  if (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') {
    try {
      for (const tag of tags) revalidateTag(tag, { expire: 0 })
      return
    } catch {
      // Not allowed here after all (a render): fall through to asking the server.
    }
  }
  await askServerToRevalidate(tags)
}

/** A save that leaves the public site as it was: an unpublished draft, never published before. */
function onlyADraft(doc: unknown, previousDoc: unknown): boolean {
  const status = (value: unknown) =>
    value && typeof value === 'object' ? (value as { _status?: unknown })._status : undefined
  return status(doc) === 'draft' && status(previousDoc) !== 'published'
}

export const revalidateAfterChange =
  (...tags: SiteCacheTag[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!onlyADraft(doc, previousDoc)) await expire(tags, req)
    return doc
  }

export const revalidateAfterDelete =
  (...tags: SiteCacheTag[]): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await expire(tags, req)
    return doc
  }

export const revalidateGlobal =
  (...tags: SiteCacheTag[]): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await expire(tags, req)
    return doc
  }
