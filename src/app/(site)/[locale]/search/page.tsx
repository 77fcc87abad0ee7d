import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { routing } from '@/i18n/routing'
import { PageShell } from '@/site/components/PageShell'
import { SearchBox } from '@/site/components/SearchBox'
import { SearchResults } from '@/site/components/SearchResults'
import { search } from '@/site/data/search'
import { pageMetadata } from '@/site/lib/metadata'
import { pathOf, staticLinks } from '@/site/lib/paths'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'search' })
  return { ...pageMetadata({ locale, title: t('title'), links: staticLinks('/search') }), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('search')
  const { q, page } = await searchParams
  const query = (typeof q === 'string' ? q : '').trim().slice(0, 100)
  const pageNumber = typeof page === 'string' && /^\d{1,4}$/.test(page) ? Number(page) : 1
  const results = query ? await search(locale, query, pageNumber) : null
  return (
    <PageShell locale={locale} links={staticLinks('/search')}>
      <h1>{t('title')}</h1>
      <SearchBox action={pathOf(locale, '/search')} query={query} label={t('label')} submit={t('submit')} />
      {results ? <SearchResults locale={locale} query={query} results={results} /> : <p>{t('prompt')}</p>}
    </PageShell>
  )
}
