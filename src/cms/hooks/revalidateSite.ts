import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

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

function expire(tags: SiteCacheTag[]): void {
  // Only inside the Next server: the seed script and the tests change content without a site.
  if (!process.env.NEXT_RUNTIME) return
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

export const revalidateAfterChange =
  (...tags: SiteCacheTag[]): CollectionAfterChangeHook =>
  ({ doc }) => {
    expire(tags)
    return doc
  }

export const revalidateAfterDelete =
  (...tags: SiteCacheTag[]): CollectionAfterDeleteHook =>
  ({ doc }) => {
    expire(tags)
    return doc
  }

export const revalidateGlobal =
  (...tags: SiteCacheTag[]): GlobalAfterChangeHook =>
  ({ doc }) => {
    expire(tags)
    return doc
  }
