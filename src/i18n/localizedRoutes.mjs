/**
 * Every localized reader path as Next rewrites (and redirects), so that no per-request proxy is
 * needed to map e.g. /nl/artikelen/x onto the route folder src/app/(site)/[locale]/articles/[slug].
 * Read by next.config.mjs from the same table that next-intl's routing uses (pathnames.json).
 */
import pathnames from './pathnames.json' with { type: 'json' }

/** '/artikelen/[slug]' → '/artikelen/:slug' (Next's path pattern). */
const pattern = (path) => path.replace(/\[(\w+)\]/g, ':$1')

/** Each (locale, internal path, localized path) where the two differ. */
function localized() {
  return Object.entries(pathnames).flatMap(([internal, byLocale]) =>
    typeof byLocale === 'string'
      ? []
      : Object.entries(byLocale)
          .filter(([, path]) => path !== internal)
          .map(([locale, path]) => ({ locale, internal: pattern(internal), path: pattern(path) })),
  )
}

/** /nl/artikelen/x is served by the route at /nl/articles/x. */
export function localizedRewrites() {
  return localized().map(({ locale, internal, path }) => ({
    source: `/${locale}${path}`,
    destination: `/${locale}${internal}`,
  }))
}

/** /nl/articles/x, the route's own path, is not a Dutch address: it goes to /nl/artikelen/x. */
export function localizedRedirects() {
  return localized().map(({ locale, internal, path }) => ({
    source: `/${locale}${internal}`,
    destination: `/${locale}${path}`,
    permanent: true,
  }))
}
