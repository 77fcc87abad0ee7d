import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'

import { isSiteRelative } from '@/cms/links/safeUrl'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { getSiteSettings } from '../data/settings'
import { pathOf, type LanguageLinks } from '../lib/paths'
import { LanguageSwitcher } from './LanguageSwitcher'

export async function SiteHeader({ locale, links }: { locale: Locale; links: LanguageLinks }) {
  const t = await getTranslations('site')
  const settings = await getSiteSettings(locale)
  const navigation = settings.navigation?.length
    ? // A path saved before paths were checked, leading off the site, is left out.
      settings.navigation
        .filter((item) => isSiteRelative(item.path))
        .map((item) => ({ label: item.label, href: item.path }))
    : [{ label: t('exercises'), href: pathOf(locale, '/exercises') }]
  return (
    <header className="site-header">
      <Link className="site-header__brand" href="/">
        {settings.siteName || t('name')}
      </Link>
      <nav aria-label={t('mainNavigation')} className="site-header__nav">
        {/* On a phone the menu folds behind one button (works without JavaScript); on a wider
            screen it is always open, in the row (CSS). */}
        <details className="site-header__menu">
          <summary>{t('menu')}</summary>
          <ul>
            {navigation.map((item) => (
              <li key={item.href}>
                <NextLink href={item.href}>{item.label}</NextLink>
              </li>
            ))}
            <li>
              <Link href="/search">{t('search')}</Link>
            </li>
          </ul>
        </details>
      </nav>
      <LanguageSwitcher locale={locale} links={links} />
    </header>
  )
}
