import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

export const getSiteSettings = cached(
  'site-settings',
  [cacheTags.settings],
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, overrideAccess: false, depth: 0 })
  },
)
