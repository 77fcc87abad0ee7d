import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'

import { routing } from '@/i18n/routing'
import { RememberLanguage } from '@/site/components/RememberLanguage'
import { SiteFooter } from '@/site/components/SiteFooter'
import { siteUrl } from '@/site/lib/paths'
import '@/site/styles/site.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Omit<Props, 'children'>) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('name'), template: `%s – ${t('name')}` },
    description: t('tagline'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('site')
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#content">
          {t('skipToContent')}
        </a>
        {/* The provider hands client components the locale (next-intl's Link builds localized hrefs with it);
            messages={null}: no client component translates, so no message catalogue goes to the browser. */}
        <NextIntlClientProvider messages={null}>
          {children}
          <SiteFooter locale={locale} />
          <RememberLanguage locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
