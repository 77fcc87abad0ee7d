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
 * values each may take in a rewrite; a value outside them leaves the address to the plain library.
 */
const libraryQuery = [
  ['bodyRegion', '[a-z0-9-]{1,40}'],
  ['type', '[a-z0-9-]{1,40}'],
  ['difficulty', '[a-z0-9-]{1,40}'],
  ['equipment', '[a-z0-9-]{1,40}'],
  ['page', '[1-9][0-9]{0,3}'],
]

/**
 * /nl/oefeningen?type=strength&page=2 is served by /nl/exercises/filtered/-/strength/-/-/2: one
 * rule per combination of present parameters, so that every filtered page has a path of its
 * own, rendered once and cached like a prerendered page. Before the file system, so that it
 * also applies to /en/exercises, whose path is the route's own.
 */
export function libraryRewrites() {
  const library = pathnames['/exercises']
  const combinations = Array.from({ length: 2 ** libraryQuery.length - 1 }, (_, index) => index + 1)
  return Object.entries(library).flatMap(([locale, path]) =>
    combinations.map((combination) => {
      const present = libraryQuery.map((_, bit) => (combination & (1 << bit)) !== 0)
      return {
        source: `/${locale}${path}`,
        has: libraryQuery.flatMap(([key, value], bit) =>
          present[bit] ? [{ type: 'query', key, value: `(?<${key}>${value})` }] : [],
        ),
        missing: libraryQuery.flatMap(([key], bit) => (present[bit] ? [] : [{ type: 'query', key }])),
        destination: `/${locale}/exercises/filtered/${libraryQuery.map(([key], bit) => (present[bit] ? `:${key}` : '-')).join('/')}`,
      }
    }),
  )
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
