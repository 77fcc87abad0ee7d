import { unstable_cache } from 'next/cache'

import { siteCacheTags, type SiteCacheTag } from '@/cms/hooks/revalidateSite'

/** The tags the CMS expires when content changes (src/cms/hooks/revalidateSite.ts). */
export const cacheTags = siteCacheTags

/** Caches a data function across requests under the given tags. */
export function cached<Args extends unknown[], Result>(
  name: string,
  tags: SiteCacheTag[],
  fn: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(fn, [name], { tags })
}
