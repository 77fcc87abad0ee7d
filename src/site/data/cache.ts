import { unstable_cache } from 'next/cache'

/**
 * Cache tags: a page that read tagged data is rebuilt when its tag is revalidated (issue 4's
 * publish hooks call revalidateTag with these).
 */
export const cacheTags = {
  articles: 'articles',
  exercises: 'exercises',
  topics: 'topics',
  people: 'people',
  media: 'media',
  settings: 'site-settings',
} as const

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags]

/** Caches a data function across requests under the given tags. */
export function cached<Args extends unknown[], Result>(
  name: string,
  tags: CacheTag[],
  fn: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(fn, [name], { tags })
}
