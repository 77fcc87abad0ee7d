import { getTranslations } from 'next-intl/server'

import type { Exercise } from '../../payload-types'

type HeadingLevel = 'h2' | 'h3' | 'h4'

/** Steps, cues, common mistakes and safety notes, each shown only when the exercise has them. */
export async function ExerciseDetails({
  exercise,
  headingLevel = 'h2',
  full = true,
}: {
  exercise: Exercise
  headingLevel?: HeadingLevel
  full?: boolean
}) {
  const t = await getTranslations('exercise')
  const Heading = headingLevel
  return (
    <div className="exercise-details">
      {exercise.steps?.length ? (
        <section>
          <Heading>{t('steps')}</Heading>
          <ol>
            {exercise.steps.map((step) => (
              <li key={step.id ?? step.text}>{step.text}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {exercise.cues?.length ? (
        <section>
          <Heading>{t('cues')}</Heading>
          <ul>
            {exercise.cues.map((cue) => (
              <li key={cue.id ?? cue.text}>{cue.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {full && exercise.commonMistakes?.length ? (
        <section>
          <Heading>{t('commonMistakes')}</Heading>
          <ul>
            {exercise.commonMistakes.map((mistake) => (
              <li key={mistake.id ?? mistake.text}>{mistake.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {full && exercise.safetyNotes ? (
        <section className="exercise-details__safety">
          <Heading>{t('safety')}</Heading>
          <p>{exercise.safetyNotes}</p>
        </section>
      ) : null}
    </div>
  )
}
