'use client'

import { useEffect } from 'react'

import type { Locale } from '@/i18n/locales'

/**
 * Remembers the language of the page the reader opened, so that `/` leads there next time
 * (next-intl's NEXT_LOCALE cookie, which src/proxy.ts reads). Set in the browser: the pages
 * themselves carry no Set-Cookie, so that shared caches may keep them.
 */
export function RememberLanguage({ locale }: { locale: Locale }) {
  useEffect(() => {
    if (!document.cookie.split('; ').includes(`NEXT_LOCALE=${locale}`)) {
      document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`
    }
  }, [locale])
  return null
}
