import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { redirectWithinSite } from '@/site/lib/redirectWithinSite'

/** GET /api/exit-preview?path=/nl/… — back to the published site, at the same page. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  // Only a path on this site: never an open redirect.
  return redirectWithinSite(request.nextUrl.searchParams.get('path') ?? '/')
}
