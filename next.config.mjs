import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { localizedRedirects, localizedRewrites } from './src/i18n/localizedRoutes.mjs'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: {
    root: import.meta.dirname,
  },
  // Localized reader paths resolved by Next itself: no proxy runs on a reader page (src/proxy.ts).
  redirects: async () => localizedRedirects(),
  rewrites: async () => localizedRewrites(),
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
