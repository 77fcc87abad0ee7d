import type { MetadataRoute } from 'next'

import { absolute } from '@/site/lib/paths'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absolute('/sitemap.xml'),
  }
}
