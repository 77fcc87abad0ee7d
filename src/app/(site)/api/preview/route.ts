import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { documentPath } from '@/i18n/paths'
import { getPayloadClient } from '@/site/data/payload'
import { redirectWithinSite } from '@/site/lib/redirectWithinSite'

const previewable = ['articles', 'exercises'] as const
type Previewable = (typeof previewable)[number]
const isPreviewable = (value: string | null): value is Previewable => previewable.some((slug) => slug === value)

/**
 * GET /api/preview?collection=articles&id=1&locale=en — the admin's Preview button. For a
 * signed-in user (the admin's own session cookie: no secret in the URL), turns on Next's draft
 * mode and opens the document's reader page in that language, drafts included.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const collection = params.get('collection')
  const id = params.get('id')
  const locale = params.get('locale')
  if (!isPreviewable(collection) || !id || !isLocale(locale)) {
    return new NextResponse('Preview needs collection (articles or exercises), id and locale.', { status: 400 })
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new NextResponse('Sign in to the admin to preview drafts.', { status: 401 })
  const { docs } = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
    where: { id: { equals: id } },
    select: { slug: true },
  })
  const slug = docs[0]?.slug
  if (!slug) return new NextResponse('This document has no slug in that language yet.', { status: 404 })
  ;(await draftMode()).enable()
  return redirectWithinSite(documentPath(locale, collection, slug))
}
