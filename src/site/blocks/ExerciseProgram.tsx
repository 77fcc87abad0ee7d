import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/Link'
import { documentHref } from '@/i18n/paths'
import type { ExerciseProgramBlock as ExerciseProgramBlockData } from '@/payload-types'
import { Dosage, isEmptyDosage } from '../components/Dosage'

/** A phased program: per phase its weeks, how often a week, and the exercises with their dosage. */
export async function ExerciseProgramBlock({ block, locale }: { block: ExerciseProgramBlockData; locale: Locale }) {
  const t = await getTranslations('program')
  const tExercise = await getTranslations('exercise')
  return (
    <section className="program" aria-labelledby={`program-${block.id}`}>
      <h3 id={`program-${block.id}`}>{block.title}</h3>
      {block.intro ? <p>{block.intro}</p> : null}
      {block.phases.map((phase) => (
        <section key={phase.id} className="program__phase">
          <h4>
            {phase.name}
            {phase.weeks ? <span className="program__weeks"> · {t('weeks', { weeks: phase.weeks })}</span> : null}
          </h4>
          <p className="program__frequency">{t('frequency', { times: phase.frequencyPerWeek })}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{tExercise('exercise')}</th>
                <th scope="col">{tExercise('dosage')}</th>
                <th scope="col">{tExercise('note')}</th>
              </tr>
            </thead>
            <tbody>
              {phase.exercises.flatMap((entry) => {
                const exercise = typeof entry.exercise === 'object' ? entry.exercise : null
                if (!exercise?.slug) return []
                const dosage = isEmptyDosage(entry.dosage) ? exercise.defaultDosage : entry.dosage
                return [
                  <tr key={entry.id}>
                    <th scope="row">
                      <Link locale={locale} href={documentHref('exercises', exercise.slug)}>
                        {exercise.name}
                      </Link>
                    </th>
                    <td>{dosage ? <Dosage dosage={dosage} /> : null}</td>
                    <td>{entry.note}</td>
                  </tr>,
                ]
              })}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  )
}
