'use client'

import { useEffect, useState } from 'react'

import { localeNames, type Locale } from '@/i18n/locales'

/**
 * On a 404: asks where the requested document is published in other languages and offers
 * those pages. Fetched in the browser so that the 404 page itself can be static.
 */
export function OtherLanguageOffer({ sentences }: { sentences: Partial<Record<Locale, string>> }) {
  const [offers, setOffers] = useState<[Locale, string][]>([])
  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api/alternates?path=${encodeURIComponent(window.location.pathname)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : {}))
      .then((links: Partial<Record<Locale, string>>) =>
        setOffers(Object.entries(links).filter((entry): entry is [Locale, string] => typeof entry[1] === 'string')),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [])
  if (offers.length === 0) return null
  return (
    <div aria-live="polite">
      {offers.map(([locale, href]) => (
        <p key={locale} className="lead">
          {sentences[locale]}{' '}
          <a href={href} hrefLang={locale} lang={locale}>
            {localeNames[locale]}
          </a>
        </p>
      ))}
    </div>
  )
}
