import pathnames from '@/i18n/pathnames.json'
import { isLocale, type Locale } from '@/i18n/locales'

/**
 * Which requests need the database at the moment they are made, and whether it answers.
 * Prerendered pages are served from Next's cache and do without it; search reads the query
 * string (q) and renders per request, the library with a filter chosen may be a combination not
 * rendered yet (src/proxy.ts only sees the library with a filter or page in its address; the
 * plain library is prerendered), and the admin reads the database on every page.
 */
const perRequestPages = [pathnames['/exercises'], pathnames['/search']].flatMap((byLocale) =>
  Object.entries(byLocale).map(([locale, path]) => `/${locale}${path}`),
)

export type DatabaseNeed = { kind: 'reader'; locale: Locale } | { kind: 'admin' } | undefined

export function databaseNeedOf(pathname: string): DatabaseNeed {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return { kind: 'admin' }
  const path = pathname.replace(/\/$/, '')
  const locale = path.split('/')[1]
  if (perRequestPages.includes(path) && isLocale(locale)) return { kind: 'reader', locale }
  return undefined
}

/** How long one readiness answer is trusted: a few requests a second cost one check. */
const trustMs = 2000
let known: { at: number; reachable: boolean } | undefined
let pending: Promise<boolean> | undefined

/**
 * Asks this server's own readiness check (/api/health/ready), at most every 2 s. Only an
 * explicit 503 counts as unreachable: if the check itself cannot be asked, the request goes on
 * as if there were no gate.
 */
export function databaseReachable(fallbackOrigin: string): Promise<boolean> {
  if (known && Date.now() - known.at < trustMs) return Promise.resolve(known.reachable)
  // next start names the address it listens on; behind a proxy the request's own origin may
  // be the public one.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN || fallbackOrigin
  pending ??= fetch(`${origin}/api/health/ready`, { cache: 'no-store', signal: AbortSignal.timeout(5000) })
    .then(
      (response) => response.status !== 503,
      () => true,
    )
    .then((reachable) => {
      known = { at: Date.now(), reachable }
      pending = undefined
      return reachable
    })
  return pending
}
