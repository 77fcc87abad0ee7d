import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'
import pathnames from './pathnames.json'

/** Every reader URL, by its internal path (the folders under src/app/(site)/[locale]). */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The pages write their own hreflang links, with each language's own slug; next-intl's
  // Link header would pair a slug with the other language's path.
  alternateLinks: false,
  // One table with next.config.mjs's rewrites (localizedRoutes.mjs).
  pathnames,
})

export type Pathname = keyof typeof routing.pathnames
