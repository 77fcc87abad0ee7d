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

/**
 * The library's query parameters (src/site/data/exercises.ts's filters, then the page) and the
 * values each may take; a value outside them leaves the address to the plain library.
 */
const libraryQuery = [
  ['bodyRegion', /^[a-z0-9-]{1,40}$/],
  ['type', /^[a-z0-9-]{1,40}$/],
  ['difficulty', /^[a-z0-9-]{1,40}$/],
  ['equipment', /^[a-z0-9-]{1,40}$/],
  ['page', /^[1-9][0-9]{0,3}$/],
]

/** The names of the library's query parameters, as src/proxy.ts's matcher lists them. */
export const libraryQueryKeys = libraryQuery.map(([key]) => key)

/**
 * Where /nl/oefeningen?type=strength&page=2 is served from: /nl/exercises/filtered/-/strength/-/-/2,
 * a path of its own for every combination, rendered once and cached like a prerendered page.
 * src/proxy.ts rewrites there, and runs only for a library address carrying one of these
 * parameters: as rewrite rules in next.config.mjs (31 per language) they cost every request to
 * every page, because Next matches each rule again in the page's own handler.
 *
 * @param {string} locale
 * @param {URLSearchParams} query
 * @returns {string | null} null for the plain library: nothing chosen, or an impossible value
 */
export function libraryDestination(locale, query) {
  const values = libraryQuery.map(([key, allowed]) => {
    const value = query.get(key)
    return value === null ? '-' : allowed.test(value) ? value : null
  })
  if (values.includes(null) || values.every((value) => value === '-')) return null
  return `/${locale}/exercises/filtered/${values.join('/')}`
}

/** /nl/onderwerpen/x?page=2 is served by /nl/topics/x/page/2, cached like the first page. */
export function topicPageRewrites() {
  return Object.entries(pathnames['/topics/[slug]']).map(([locale, path]) => ({
    source: `/${locale}${pattern(path)}`,
    has: [{ type: 'query', key: 'page', value: '(?<page>[1-9][0-9]{0,3})' }],
    destination: `/${locale}/topics/:slug/page/:page`,
  }))
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
