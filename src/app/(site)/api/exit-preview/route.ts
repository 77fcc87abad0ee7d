import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

/** GET /api/exit-preview?path=/nl/… — back to the published site, at the same page. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  // Only a path on this site: never an open redirect.
  const target = path.startsWith('/') && !path.startsWith('//') ? path : '/'
  return NextResponse.redirect(new URL(target, request.url))
}
