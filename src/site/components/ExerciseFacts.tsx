import { getTranslations } from 'next-intl/server'

import type { Exercise } from '@/payload-types'

/** Type, difficulty, body regions and equipment, in the reader's language. */
export async function ExerciseFacts({ exercise }: { exercise: Exercise }) {
  const t = await getTranslations('exercise')
  const values = await getTranslations('values')
  const rows: [string, string][] = [
    [t('type'), values(`type.${exercise.type}`)],
    [t('difficulty'), values(`difficulty.${exercise.difficulty}`)],
    [t('bodyRegions'), (exercise.bodyRegions ?? []).map((region) => values(`bodyRegion.${region}`)).join(', ')],
    [t('equipment'), (exercise.equipment ?? []).map((item) => values(`equipment.${item}`)).join(', ')],
  ]
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
