import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/** Every reader URL, by its internal path (the folders under src/app/(site)/[locale]). */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The pages write their own hreflang links, with each language's own slug; next-intl's
  // Link header would pair a slug with the other language's path.
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/articles/[slug]': { nl: '/artikelen/[slug]', en: '/articles/[slug]' },
    '/exercises': { nl: '/oefeningen', en: '/exercises' },
    '/exercises/[slug]': { nl: '/oefeningen/[slug]', en: '/exercises/[slug]' },
    '/topics/[slug]': { nl: '/onderwerpen/[slug]', en: '/topics/[slug]' },
    '/search': { nl: '/zoeken', en: '/search' },
  },
})

export type Pathname = keyof typeof routing.pathnames
