import createMiddleware from 'next-intl/middleware'

import { routing } from '@/i18n/routing'

/**
 * Only for addresses without a language: `/` goes to /nl or /en (by the NEXT_LOCALE cookie, then
 * Accept-Language), and e.g. /artikelen/x to /nl/artikelen/x. A reader page (/nl/…, /en/…)
 * never passes through here: next.config.mjs's rewrites map its localized path onto its route,
 * so a prerendered page is served as it is, with no Set-Cookie.
 */
export default createMiddleware(routing)

export const config = {
  // Everything but the two languages' pages, the CMS (admin, API), Next's own files and files with an extension.
  matcher: ['/((?!(?:nl|en)(?:/|$)|admin|api|_next|_vercel|.*\\..*).*)'],
}
