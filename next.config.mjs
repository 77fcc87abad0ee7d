import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { localizedRedirects, localizedRewrites, topicPageRewrites } from './src/i18n/localizedRoutes.mjs'
import { installHttpGuard } from './src/server/httpGuard.mjs'
import { securityHeaders } from './src/server/securityHeaders.mjs'

// Loaded in the serving process: unknown methods and malformed addresses get a 4xx before Next.
installHttpGuard()

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR: a build folder other than .next (the growth bench builds into its own, so
  // that the e2e and page-bench builds in .next stay as they are).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The admin and the site opened at http://127.0.0.1:3000 in dev (as the e2e suite does) may
  // load dev resources; without this Next blocks them and the admin stays blank.
  allowedDevOrigins: ['127.0.0.1'],
  // No X-Powered-By, neither Next's nor the one withPayload adds (it honours this setting).
  poweredByHeader: false,
  // No ETag: Next hashes every HTML response in JavaScript to make one, per request, also for a
  // page served from its cache (measured: a third of the server's CPU for the 110 KB article,
  // `npm run bench`). Reader pages are kept by shared caches (s-maxage, purged by tag); a browser
  // coming back fetches the page again instead of hearing 304.
  generateEtags: false,
  // CSP, nosniff, Referrer-Policy, Permissions-Policy, framing by this site only, HSTS on https:
  // on every response, static pages included (src/server/securityHeaders.mjs).
  headers: async () => [{ source: '/:path*', headers: securityHeaders(process.env.SITE_URL) }],
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: {
    root: import.meta.dirname,
  },
  // Shared through Redis when REDIS_URL is set at start, else Next's own cache (cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  experimental: {
    // ISR_FLUSH_TO_DISK=0 (the e2e server): pages and data regenerated at run time stay in
    // memory, so the build in .next stays as built, for the next run's fresh database.
    isrFlushToDisk: process.env.ISR_FLUSH_TO_DISK !== '0',
  },
  // Localized reader paths resolved by Next itself: no proxy runs on a reader page (src/proxy.ts).
  redirects: async () => localizedRedirects(),
  rewrites: async () => ({
    beforeFiles: topicPageRewrites(),
    afterFiles: localizedRewrites(),
    fallback: [],
  }),
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
