import { NextResponse, type NextRequest } from 'next/server'

import { otherLanguagesOfPath } from '@/site/data/alternates'

/**
 * GET /api/alternates?path=/en/articles/x → { "nl": "/nl/artikelen/y" }: where the document a
 * reader path names is published in other languages. The 404 page asks this, so that the page
 * itself stays static.
 */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? ''
  return NextResponse.json(await otherLanguagesOfPath(path.slice(0, 300)))
}
