import { getLocale, getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'

import { isLocale, locales, localeNames, defaultLocale } from '../../../i18n/locales'
import { PageShell } from '../../../site/components/PageShell'
import { findElsewhere } from '../../../site/data/alternates'
import { documentLinks, pathnameOfCollection, pathOf, staticLinks } from '../../../site/lib/paths'
import { documentOfPath, requestPathHeader } from '../../../site/lib/requestPath'

/** The localized 404: when the page exists in the other language, it offers that. */
export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
  const t = await getTranslations('notFound')
  const tLanguages = await getTranslations('languages')
  const document = documentOfPath((await headers()).get(requestPathHeader) ?? '')
  const elsewhere = document ? documentLinks(pathnameOfCollection[document.collection], await findElsewhere(document.collection, document.slug)) : null
  const offers = locales.filter((other) => other !== locale && elsewhere?.[other])
  return (
    <PageShell locale={locale} links={elsewhere && offers.length ? elsewhere : staticLinks('/')}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      {offers.map((other) => (
        <p key={other}>
          {t('elsewhere', { language: tLanguages(other) })}{' '}
          <a href={elsewhere?.[other] ?? ''} hrefLang={other} lang={other}>
            {localeNames[other]}
          </a>
        </p>
      ))}
      <p>
        <a href={pathOf(locale, '/')}>{t('home')}</a>
      </p>
    </PageShell>
  )
}
