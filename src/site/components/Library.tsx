import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import {
  exerciseFilters,
  filterExercises,
  getExercises,
  libraryPageSize,
  type ExerciseFilter,
  type ExerciseFilterValues,
} from '../data/exercises'
import { pageMetadata } from '../lib/metadata'
import { libraryHref } from '../lib/libraryPath'
import { pageWindow } from '../lib/pagination'
import { pathOf, staticLinks } from '../lib/paths'
import { ExerciseCard } from './ExerciseCard'
import { Pager } from './Pager'
import { PageShell } from './PageShell'

/** Every page of the library has the unfiltered library's title and canonical address. */
export async function libraryMetadata(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'library' })
  return pageMetadata({ locale, title: t('title'), description: t('intro'), links: staticLinks('/exercises') })
}

/** A filter value's name: the values are the CMS's select options, each named in messages' `values`. */
type ValueKey = Parameters<Awaited<ReturnType<typeof getTranslations<'values'>>>>[0]

/**
 * The exercise library: filters as plain links with counts, and one page of the matching
 * exercises. Null when the page is past the last (the route answers 404).
 */
export async function Library({
  locale,
  chosen,
  page,
}: {
  locale: Locale
  chosen: ExerciseFilterValues
  page: number
}) {
  const t = await getTranslations('library')
  const values = await getTranslations('values')
  const { exercises, facets } = filterExercises(await getExercises(locale), chosen)
  const window = pageWindow(exercises.length, page, libraryPageSize)
  if (!window) return null
  const shown = exercises.slice(window.start, window.end)
  const base = pathOf(locale, '/exercises')
  const withFilter = (filter: ExerciseFilter, value?: string) => libraryHref(base, chosen, { [filter]: value })
  const anyChosen = Object.keys(chosen).length > 0

  return (
    <PageShell locale={locale} links={staticLinks('/exercises')}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="library">
        <nav aria-labelledby="filters-title" className="filters">
          {/* Folded away on a phone (works without JavaScript); always open on a wide screen (CSS). */}
          <details className="filters__disclosure">
            <summary>
              <h2 id="filters-title">{t('filters')}</h2>
            </summary>
            {facets.map((facet) => (
              <section key={facet.filter} aria-labelledby={`filter-${facet.filter}`}>
                <h3 id={`filter-${facet.filter}`}>{t(`filter.${facet.filter}`)}</h3>
                <ul>
                  <li>
                    <a href={withFilter(facet.filter)} aria-current={chosen[facet.filter] ? undefined : 'true'}>
                      {t('all')}
                    </a>
                  </li>
                  {facet.options.map((option) => {
                    const text = (
                      <>
                        {values(`${facet.filter}.${option.value}` as ValueKey)}{' '}
                        <span className="count">({option.count})</span>
                      </>
                    )
                    const isChosen = chosen[facet.filter] === option.value
                    return (
                      <li key={option.value}>
                        {option.count === 0 && !isChosen ? (
                          // No dead ends: a value that would show nothing is not a link.
                          <span className="filters__empty">{text}</span>
                        ) : (
                          <a
                            href={withFilter(facet.filter, option.value)}
                            aria-current={isChosen ? 'true' : undefined}
                            rel="nofollow"
                          >
                            {text}
                          </a>
                        )}
                      </li>
                    )
                  })}
                </ul>
              </section>
            ))}
            {anyChosen ? (
              <p>
                <Link href="/exercises">{t('clear')}</Link>
              </p>
            ) : null}
          </details>
        </nav>
        <section aria-labelledby="results-title" className="library__results">
          <h2 id="results-title" aria-live="polite">
            {t('results', { count: exercises.length })}
          </h2>
          {anyChosen ? (
            <ul className="chips" aria-label={t('activeFilters')}>
              {exerciseFilters.flatMap((filter) => {
                const value = chosen[filter]
                if (!value) return []
                const name = `${t(`filter.${filter}`)}: ${values(`${filter}.${value}` as ValueKey)}`
                return [
                  <li key={filter}>
                    <a href={withFilter(filter)} aria-label={t('removeFilter', { filter: name })}>
                      {name} <span aria-hidden="true">×</span>
                    </a>
                  </li>,
                ]
              })}
            </ul>
          ) : null}
          {exercises.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <div className="cards">
              {shown.map((exercise, index) => (
                <ExerciseCard key={exercise.id} locale={locale} exercise={exercise} first={index === 0} />
              ))}
            </div>
          )}
          <Pager
            label={t('pages')}
            page={window.page}
            pageCount={window.pageCount}
            href={(number) => libraryHref(base, chosen, {}, number)}
          />
        </section>
      </div>
    </PageShell>
  )
}
