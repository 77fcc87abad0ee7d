import { hasLocale } from 'next-intl'
import { draftMode } from 'next/headers'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { locales } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { documentHref } from '@/i18n/paths'
import { routing } from '@/i18n/routing'
import { Dosage } from '@/site/components/Dosage'
import { ExerciseDetails } from '@/site/components/ExerciseDetails'
import { ExerciseFacts } from '@/site/components/ExerciseFacts'
import { ExerciseVideo } from '@/site/components/ExerciseVideo'
import { JsonLd } from '@/site/components/JsonLd'
import { PageShell } from '@/site/components/PageShell'
import { getAlternates } from '@/site/data/alternates'
import { getExerciseDraft } from '@/site/data/drafts'
import { getArticlesUsingExercise, prerenderedPerLocale } from '@/site/data/articles'
import { getExercise, getRecentExerciseSlugs } from '@/site/data/exercises'
import { exerciseJsonLd } from '@/site/lib/jsonLd'
import { pageMetadata } from '@/site/lib/metadata'
import { documentLinks } from '@/site/lib/paths'
import { redirectOrNotFound } from '@/site/lib/redirectOrNotFound'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** The most recently changed exercises at build time; the others render on first request and are cached. */
export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await getRecentExerciseSlugs(locale, prerenderedPerLocale)).map((slug) => ({ locale, slug })),
    ),
  )
  return perLocale.flat()
}

async function load({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return null
  const wanted = decodeURIComponent(slug)
  const exercise = (await draftMode()).isEnabled
    ? await getExerciseDraft(locale, wanted)
    : await getExercise(locale, wanted)
  if (!exercise) return null
  const links = documentLinks('exercises', await getAlternates('exercises', exercise.id))
  return { locale, exercise, links }
}

export async function generateMetadata(props: Props) {
  const page = await load(props)
  if (!page) return {}
  const { locale, exercise, links } = page
  return pageMetadata({
    locale,
    title: exercise.meta?.title || exercise.name,
    description: exercise.meta?.description || exercise.summary,
    links,
    image: exercise.meta?.image || exercise.poster,
  })
}

export default async function ExercisePage(props: Props) {
  const page = await load(props)
  if (!page) return redirectOrNotFound(props.params, 'exercises')
  const { locale, exercise, links } = page
  setRequestLocale(locale)
  const t = await getTranslations('exercise')
  const usedIn = await getArticlesUsingExercise(locale, exercise.id)
  return (
    <PageShell locale={locale} links={links}>
      <JsonLd data={exerciseJsonLd({ exercise, locale, url: links[locale] ?? '' })} />
      <article className="exercise">
        <h1>{exercise.name}</h1>
        <p className="lead">{exercise.summary}</p>
        <ExerciseVideo exercise={exercise} locale={locale} />
        {exercise.defaultDosage ? (
          <p className="exercise__dosage">
            <span className="label">{t('dosage')}: </span>
            <Dosage dosage={exercise.defaultDosage} />
          </p>
        ) : null}
        <ExerciseFacts exercise={exercise} />
        <ExerciseDetails exercise={exercise} />
      </article>
      {usedIn.length > 0 ? (
        <section aria-labelledby="used-in" className="related">
          <h2 id="used-in">{t('usedIn')}</h2>
          <ul>
            {usedIn.map((article) => (
              <li key={article.id}>
                <Link href={documentHref('articles', article.slug ?? '')}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageShell>
  )
}
