import { revalidateTag } from 'next/cache'

import { isSignedRevalidation } from '@/cms/hooks/revalidateRequest'
import { siteCacheTags, type SiteCacheTag } from '@/cms/hooks/revalidateSite'

const known = new Set<string>(Object.values(siteCacheTags))

/**
 * Expires the site's cache tags on the server's own, signed request: how a change made outside
 * any request (a scheduled publish, run by the jobs queue on a timer) reaches the site.
 */
export async function POST(request: Request): Promise<Response> {
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags)
    ? body.tags.filter((tag): tag is SiteCacheTag => typeof tag === 'string' && known.has(tag))
    : []
  if (!tags.length || tags.length !== (body?.tags as unknown[]).length) {
    return Response.json({ error: 'Name one or more of the site’s cache tags.' }, { status: 400 })
  }
  if (!isSignedRevalidation(request, tags))
    return Response.json({ error: 'Not signed by this server.' }, { status: 403 })
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
