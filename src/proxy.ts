import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { adminOutagePage } from '@/cms/database/outage'
import { routing } from '@/i18n/routing'
import { databaseNeedOf, databaseReachable } from '@/site/lib/databaseGate'
import { readerOutagePage } from '@/site/lib/outagePage'

const chooseLanguage = createMiddleware(routing)

/**
 * Two jobs:
 * - for addresses without a language: `/` goes to /nl or /en (by the NEXT_LOCALE cookie, then
 *   Accept-Language), and e.g. /artikelen/x to /nl/artikelen/x. A prerendered reader page
 *   (/nl/…, /en/…) never passes through here: next.config.mjs's rewrites map its localized path
 *   onto its route, so it is served as it is, with no Set-Cookie, also while the database is away;
 * - for the pages that need the database per request (the library, search, the admin): while
 *   the database is unreachable they answer a 503 page in the reader's or editor's language
 *   instead of failing, and serve as usual again as soon as it answers.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const need = databaseNeedOf(pathname)
  // A route folder's own name under a language (/nl/exercises) is next.config.mjs's to redirect.
  if (!need) return /^\/(nl|en)\//.test(pathname) ? NextResponse.next() : chooseLanguage(request)
  if (await databaseReachable(request.nextUrl.origin)) return NextResponse.next()
  return need.kind === 'admin' ? adminOutagePage(request) : readerOutagePage(need.locale)
}

export const config = {
  matcher: [
    // Everything but the two languages' pages, the CMS (admin, API), Next's own files and files with an extension.
    '/((?!(?:nl|en)(?:/|$)|admin|api|_next|_vercel|.*\\..*).*)',
    // The pages that need the database per request (src/site/lib/databaseGate.ts).
    '/(nl|en)/(oefeningen|exercises|zoeken|search)',
    '/admin/:path*',
  ],
}
