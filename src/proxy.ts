import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { adminOutagePage } from '@/cms/database/outage'
import { libraryDestination } from '@/i18n/localizedRoutes.mjs'
import pathnames from '@/i18n/pathnames.json'
import { routing } from '@/i18n/routing'
import { databaseNeedOf, databaseReachable } from '@/site/lib/databaseGate'
import { readerOutagePage } from '@/site/lib/outagePage'

const chooseLanguage = createMiddleware(routing)

/** The library's address in each language: /nl/oefeningen → nl. */
const libraries = new Map(
  Object.entries(pathnames['/exercises']).map(([locale, path]) => [`/${locale}${path}`, locale]),
)

/**
 * Three jobs:
 * - for addresses without a language: `/` goes to /nl or /en (by the NEXT_LOCALE cookie, then
 *   Accept-Language), and e.g. /artikelen/x to /nl/artikelen/x. A prerendered reader page
 *   (/nl/…, /en/…) never passes through here: next.config.mjs's rewrites map its localized path
 *   onto its route, so it is served as it is, with no Set-Cookie, also while the database is away;
 * - for the pages that need the database per request (search, a filtered library, the admin): while
 *   the database is unreachable they answer a 503 page in the reader's or editor's language
 *   instead of failing, and serve as usual again as soon as it answers;
 * - the library with a filter or a page chosen (/nl/oefeningen?type=strength&page=2) is served
 *   from a cached path of its own (src/i18n/localizedRoutes.mjs). The plain library is
 *   prerendered and never passes through here.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const need = databaseNeedOf(pathname)
  // A route folder's own name under a language (/nl/exercises) is next.config.mjs's to redirect.
  if (!need) return /^\/(nl|en)\//.test(pathname) ? NextResponse.next() : chooseLanguage(request)
  if (!(await databaseReachable(request.nextUrl.origin)))
    return need.kind === 'admin' ? adminOutagePage(request) : readerOutagePage(need.locale)
  const library = libraries.get(pathname)
  const destination = library ? libraryDestination(library, request.nextUrl.searchParams) : null
  return destination ? NextResponse.rewrite(new URL(destination, request.url)) : NextResponse.next()
}

export const config = {
  matcher: [
    // Everything but the two languages' pages, the CMS (admin, API), Next's own files and files with an extension.
    '/((?!(?:nl|en)(?:/|$)|admin|api|_next|_vercel|.*\\..*).*)',
    // The pages that need the database per request (src/site/lib/databaseGate.ts): search, and
    // the library with a filter or page chosen (the plain library is prerendered): one entry per
    // parameter of src/i18n/localizedRoutes.mjs's libraryQueryKeys (Next reads this list as written).
    '/(nl|en)/(zoeken|search)',
    { source: '/(nl|en)/(oefeningen|exercises)', has: [{ type: 'query', key: 'bodyRegion' }] },
    { source: '/(nl|en)/(oefeningen|exercises)', has: [{ type: 'query', key: 'type' }] },
    { source: '/(nl|en)/(oefeningen|exercises)', has: [{ type: 'query', key: 'difficulty' }] },
    { source: '/(nl|en)/(oefeningen|exercises)', has: [{ type: 'query', key: 'equipment' }] },
    { source: '/(nl|en)/(oefeningen|exercises)', has: [{ type: 'query', key: 'page' }] },
    '/admin/:path*',
  ],
}
