import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { Link } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'
import { ExerciseCard } from '@/site/components/ExerciseCard'
import { PageShell } from '@/site/components/PageShell'
import {
  exerciseFilters,
  filterExercises,
  getExercises,
  type ExerciseFilter,
  type ExerciseFilterValues,
} from '@/site/data/exercises'
import { pageMetadata } from '@/site/lib/metadata'
import { pathOf, staticLinks } from '@/site/lib/paths'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'library' })
  return pageMetadata({ locale, title: t('title'), description: t('intro'), links: staticLinks('/exercises') })
}

function chosenFilters(searchParams: Record<string, string | string[] | undefined>): ExerciseFilterValues {
  const chosen: ExerciseFilterValues = {}
  for (const filter of exerciseFilters) {
    const value = searchParams[filter]
    if (typeof value === 'string' && value) chosen[filter] = value
  }
  return chosen
}

/** The library URL with one filter changed (undefined removes it), keeping the others. */
function withFilter(base: string, chosen: ExerciseFilterValues, filter: ExerciseFilter, value?: string): string {
  const query = new URLSearchParams()
  for (const name of exerciseFilters) {
    const current = name === filter ? value : chosen[name]
    if (current) query.set(name, current)
  }
  const text = query.toString()
  return text ? `${base}?${text}` : base
}

/** A filter value's name: the values are the CMS's select options, each named in messages' `values`. */
type ValueKey = Parameters<Awaited<ReturnType<typeof getTranslations<'values'>>>>[0]

export default async function ExerciseLibraryPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('library')
  const values = await getTranslations('values')
  const chosen = chosenFilters(await searchParams)
  const { exercises, facets } = filterExercises(await getExercises(locale), chosen)
  const base = pathOf(locale, '/exercises')
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
                    <a
                      href={withFilter(base, chosen, facet.filter)}
                      aria-current={chosen[facet.filter] ? undefined : 'true'}
                    >
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
                            href={withFilter(base, chosen, facet.filter, option.value)}
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
                    <a href={withFilter(base, chosen, filter)} aria-label={t('removeFilter', { filter: name })}>
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
              {exercises.map((exercise) => (
                <ExerciseCard key={exercise.id} locale={locale} exercise={exercise} />
              ))}
            </div>
          )}
        </section>
      </div>
    </PageShell>
  )
}
