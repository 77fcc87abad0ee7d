import { getTranslations } from 'next-intl/server'

import type { Exercise } from '@/payload-types'

export type DosageValues = NonNullable<Exercise['defaultDosage']>

/** True when none of the dosage fields is set: then the exercise's default applies. */
export function isEmptyDosage(dosage: DosageValues | null | undefined): boolean {
  if (!dosage) return true
  const { sets, reps, holdSeconds, durationMinutes, restSeconds } = dosage
  return [sets, reps, holdSeconds, durationMinutes, restSeconds].every((value) => value === null || value === undefined)
}

/** The dosage as a reader says it: "3 × 12 · hold 2 s · rest 60 s · per side". */
export async function Dosage({ dosage }: { dosage: DosageValues }) {
  const t = await getTranslations('dosage')
  const parts: string[] = []
  const { sets, reps, holdSeconds, durationMinutes, restSeconds, perSide } = dosage
  if (sets && reps) parts.push(t('setsReps', { sets, reps }))
  else if (sets) parts.push(t('sets', { sets }))
  else if (reps) parts.push(t('reps', { reps }))
  if (holdSeconds) parts.push(t('hold', { seconds: holdSeconds }))
  if (durationMinutes) parts.push(t('duration', { minutes: durationMinutes }))
  if (restSeconds) parts.push(t('rest', { seconds: restSeconds }))
  if (perSide) parts.push(t('perSide'))
  if (parts.length === 0) return null
  return <span className="dosage">{parts.join(' · ')}</span>
}
