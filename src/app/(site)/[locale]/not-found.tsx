import { getLocale, getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale, locales } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { OtherLanguageOffer } from '@/site/components/OtherLanguageOffer'
import { PageShell } from '@/site/components/PageShell'
import { staticLinks } from '@/site/lib/paths'

/** The localized 404; where the page exists in another language, it offers that. */
export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
  const t = await getTranslations('notFound')
  const tLanguages = await getTranslations('languages')
  const sentences = Object.fromEntries(
    locales
      .filter((other) => other !== locale)
      .map((other) => [other, t('elsewhere', { language: tLanguages(other) })]),
  )
  return (
    <PageShell locale={locale} links={staticLinks('/')}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <OtherLanguageOffer sentences={sentences} />
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </PageShell>
  )
}
