import { getTranslations } from 'next-intl/server'

import type { Exercise } from '@/payload-types'

type HeadingLevel = 'h2' | 'h3' | 'h4'
type TextItem = { id?: string | null; text: string }

function TextList({
  title,
  items,
  ordered = false,
  Heading,
}: {
  title: string
  items: TextItem[] | null | undefined
  ordered?: boolean
  Heading: HeadingLevel
}) {
  if (!items?.length) return null
  const List = ordered ? 'ol' : 'ul'
  return (
    <section>
      <Heading>{title}</Heading>
      <List>
        {items.map((item) => (
          <li key={item.id ?? item.text}>{item.text}</li>
        ))}
      </List>
    </section>
  )
}

/** Steps, cues, and (in full) common mistakes and safety notes, each only when the exercise has them. */
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
      <TextList title={t('steps')} items={exercise.steps} ordered Heading={Heading} />
      <TextList title={t('cues')} items={exercise.cues} Heading={Heading} />
      {full ? <TextList title={t('commonMistakes')} items={exercise.commonMistakes} Heading={Heading} /> : null}
      {full && exercise.safetyNotes ? (
        <section className="exercise-details__safety">
          <Heading>{t('safety')}</Heading>
          <p>{exercise.safetyNotes}</p>
        </section>
      ) : null}
    </div>
  )
}
