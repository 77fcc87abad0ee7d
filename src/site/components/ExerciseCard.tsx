import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { documentHref } from '@/i18n/paths'
import type { ExerciseCard as ExerciseCardData } from '../data/exercises'
import { Dosage } from './Dosage'
import { ResponsiveImage } from './ResponsiveImage'

export async function ExerciseCard({
  locale,
  exercise,
  first = false,
}: {
  locale: Locale
  exercise: ExerciseCardData
  /** The first card of the list: its poster is the page's largest paint. */
  first?: boolean
}) {
  const values = await getTranslations('values')
  const poster = typeof exercise.poster === 'object' ? exercise.poster : null
  return (
    <article className="card">
      {poster ? (
        <ResponsiveImage image={poster} sizes="(min-width: 48rem) 18rem, 100vw" decorative priority={first} />
      ) : null}
      <h3 className="card__title">
        <Link locale={locale} href={documentHref('exercises', exercise.slug ?? '')}>
          {exercise.name}
        </Link>
      </h3>
      <p>{exercise.summary}</p>
      <p className="card__meta">
        {values(`type.${exercise.type}`)} · {values(`difficulty.${exercise.difficulty}`)}
        {exercise.defaultDosage ? (
          <>
            {' · '}
            <Dosage dosage={exercise.defaultDosage} />
          </>
        ) : null}
      </p>
    </article>
  )
}
