import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { documentPath, type DocumentCollection } from '@/i18n/paths'
import { pathOf } from '../lib/paths'
import { Pager } from './Pager'
import { pageSize, type SearchPage, type SearchType, type Segment } from '../data/search'

const collectionOf: Record<SearchType, DocumentCollection> = {
  article: 'articles',
  exercise: 'exercises',
  topic: 'topics',
}

function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text))
}

/** One page of results, each with its type and the words found marked, and links to the others. */
export async function SearchResults({
  locale,
  query,
  results,
}: {
  locale: Locale
  query: string
  results: SearchPage
}) {
  const t = await getTranslations('search')
  const pageLink = (page: number) =>
    `${pathOf(locale, '/search')}?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`
  return (
    <section aria-labelledby="results" className="search-results">
      <h2 id="results">{t('resultsFor', { query })}</h2>
      {results.total === 0 ? (
        <>
          <p>{t('none', { query })}</p>
          {results.suggestion ? (
            <p>
              {t('didYouMean')}{' '}
              <a href={`${pathOf(locale, '/search')}?q=${encodeURIComponent(results.suggestion)}`}>
                {results.suggestion}
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p aria-live="polite">{t('count', { count: results.total })}</p>
          <ol className="search-results__list" start={(results.page - 1) * pageSize + 1}>
            {results.hits.map((hit) => (
              <li key={`${hit.type}:${hit.id}`}>
                <span className={`search-results__type search-results__type--${hit.type}`}>
                  {t(`types.${hit.type}`)}
                </span>
                <a href={documentPath(locale, collectionOf[hit.type], hit.slug)}>
                  <Highlighted segments={hit.title} />
                </a>
                <p>
                  <Highlighted segments={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
          <Pager
            label={t('pages')}
            page={results.page}
            pageCount={results.pageCount}
            href={pageLink}
            className="search-results__pages"
          />
        </>
      )}
    </section>
  )
}
