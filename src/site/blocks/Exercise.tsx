import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { documentHref } from '@/i18n/paths'
import type { ExerciseBlock as ExerciseBlockData } from '@/payload-types'
import { Dosage, isEmptyDosage } from '../components/Dosage'
import { ExerciseDetails } from '../components/ExerciseDetails'
import { ExerciseVideo } from '../components/ExerciseVideo'

/** An exercise inside an article: name (to its page), video with captions, dosage, steps, cues. */
export async function ExerciseBlock({ block, locale }: { block: ExerciseBlockData; locale: Locale }) {
  const exercise = typeof block.exercise === 'object' ? block.exercise : null
  // Not published in this language: the article goes on without it.
  if (!exercise?.slug) return null
  const t = await getTranslations('exercise')
  const dosage = isEmptyDosage(block.dosage) ? exercise.defaultDosage : block.dosage
  return (
    <section className="exercise-card" aria-labelledby={`exercise-${block.id}`}>
      <h3 id={`exercise-${block.id}`}>
        <Link href={documentHref('exercises', exercise.slug)}>{exercise.name}</Link>
      </h3>
      {dosage ? (
        <p className="exercise-card__dosage">
          <span className="label">{t('dosage')}: </span>
          <Dosage dosage={dosage} />
        </p>
      ) : null}
      <ExerciseVideo exercise={exercise} locale={locale} />
      {block.note ? <p className="exercise-card__note">{block.note}</p> : null}
      <ExerciseDetails exercise={exercise} headingLevel="h4" full={false} />
    </section>
  )
}
