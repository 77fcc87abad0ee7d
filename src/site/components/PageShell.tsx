import type React from 'react'

import type { Locale } from '@/i18n/locales'
import type { LanguageLinks } from '../lib/paths'
import { pathOf } from '../lib/paths'
import { PreviewBanner } from './PreviewBanner'
import { SiteHeader } from './SiteHeader'

/** Header with the language switcher for this page, then the page's main content. */
export function PageShell({
  locale,
  links,
  children,
}: {
  locale: Locale
  links: LanguageLinks
  children: React.ReactNode
}) {
  return (
    <>
      <PreviewBanner path={links[locale] ?? pathOf(locale, '/')} />
      <SiteHeader locale={locale} links={links} />
      <main id="content" className="page">
        {children}
      </main>
    </>
  )
}
