import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { localizedRedirects, localizedRewrites } from './src/i18n/localizedRoutes.mjs'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and the site opened at http://127.0.0.1:3000 in dev (as the e2e suite does) may
  // load dev resources; without this Next blocks them and the admin stays blank.
  allowedDevOrigins: ['127.0.0.1'],
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
  rewrites: async () => localizedRewrites(),
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
