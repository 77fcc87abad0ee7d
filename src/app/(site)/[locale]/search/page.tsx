import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/paths'
import { routing } from '@/i18n/routing'
import { PageShell } from '@/site/components/PageShell'
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
  const raw = (await searchParams).q
  const query = (typeof raw === 'string' ? raw : '').trim().slice(0, 100)
  const results = query ? await search(locale, query) : null
  const found = results ? results.articles.length + results.exercises.length : 0
  return (
    <PageShell locale={locale} links={staticLinks('/search')}>
      <h1>{t('title')}</h1>
      <form role="search" action={pathOf(locale, '/search')} method="get" className="search-form">
        <label htmlFor="q">{t('label')}</label>
        <input id="q" name="q" type="search" defaultValue={query} maxLength={100} />
        <button type="submit">{t('submit')}</button>
      </form>
      {!results ? (
        <p>{t('prompt')}</p>
      ) : (
        <section aria-labelledby="results" className="search-results">
          <h2 id="results">{t('resultsFor', { query })}</h2>
          {found === 0 ? <p>{t('none', { query })}</p> : null}
          {results.articles.length > 0 ? (
            <section aria-labelledby="results-articles">
              <h3 id="results-articles">{t('articles')}</h3>
              <ul>
                {results.articles.map((article) => (
                  <li key={article.id}>
                    <Link href={documentHref('articles', article.slug ?? '')}>{article.title}</Link>
                    <p>{article.excerpt}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {results.exercises.length > 0 ? (
            <section aria-labelledby="results-exercises">
              <h3 id="results-exercises">{t('exercises')}</h3>
              <ul>
                {results.exercises.map((exercise) => (
                  <li key={exercise.id}>
                    <Link href={documentHref('exercises', exercise.slug ?? '')}>{exercise.name}</Link>
                    <p>{exercise.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
      )}
    </PageShell>
  )
}
