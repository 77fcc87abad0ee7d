import type { Locale } from '@/i18n/locales'
import { bodyRegions, difficulties, equipment, exerciseTypes } from '@/cms/collections/exerciseOptions'
import type { Exercise } from '@/payload-types'
import { asPublic } from './articles'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

/** What the library shows of an exercise (its card) and filters it by. */
export type ExerciseCard = Pick<
  Exercise,
  'id' | 'name' | 'slug' | 'summary' | 'poster' | 'type' | 'difficulty' | 'bodyRegions' | 'equipment' | 'defaultDosage'
>

/** Every exercise published in this locale, as cards with their posters: the library filters these. */
export const getExercises = cached(
  'exercise-cards',
  [cacheTags.exercises, cacheTags.media],
  async (locale: Locale): Promise<ExerciseCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exercises',
      ...asPublic(locale),
      depth: 1,
      pagination: false,
      sort: 'name',
      select: {
        name: true,
        slug: true,
        summary: true,
        poster: true,
        type: true,
        difficulty: true,
        bodyRegions: true,
        equipment: true,
        defaultDosage: true,
      },
    })
    return docs
  },
)

/** The most recently changed exercises' slugs: the ones the build prerenders. */
export const getRecentExerciseSlugs = cached(
  'recent-exercise-slugs',
  [cacheTags.exercises],
  async (locale: Locale, limit: number): Promise<string[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exercises',
      ...asPublic(locale),
      depth: 0,
      limit,
      sort: '-updatedAt',
      select: { slug: true },
    })
    return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
  },
)

export const getExercise = cached(
  'exercise',
  [cacheTags.exercises, cacheTags.media],
  async (locale: Locale, slug: string): Promise<Exercise | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exercises',
      ...asPublic(locale),
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return docs[0] ?? null
  },
)

/** The library's filters: each a field of the exercise that holds one value or several. */
export const exerciseFilters = ['bodyRegion', 'type', 'difficulty', 'equipment'] as const
export type ExerciseFilter = (typeof exerciseFilters)[number]
export type ExerciseFilterValues = Partial<Record<ExerciseFilter, string>>

export function valuesOf(exercise: ExerciseCard, filter: ExerciseFilter): string[] {
  switch (filter) {
    case 'bodyRegion':
      return exercise.bodyRegions ?? []
    case 'type':
      return [exercise.type]
    case 'difficulty':
      return [exercise.difficulty]
    case 'equipment':
      return exercise.equipment ?? []
  }
}

const matches = (exercise: ExerciseCard, chosen: ExerciseFilterValues, except?: ExerciseFilter) =>
  exerciseFilters.every((filter) => {
    const value = chosen[filter]
    return filter === except || !value || valuesOf(exercise, filter).includes(value)
  })

/** Each filter's values in the editors' order (levels beginner → advanced), not alphabetically. */
const optionOrder: Record<ExerciseFilter, string[]> = {
  bodyRegion: bodyRegions.map((option) => option.value),
  type: exerciseTypes.map((option) => option.value),
  difficulty: difficulties.map((option) => option.value),
  equipment: equipment.map((option) => option.value),
}

const inOrder = (filter: ExerciseFilter, values: Iterable<string>): string[] => {
  const rank = (value: string) => {
    const at = optionOrder[filter].indexOf(value)
    return at < 0 ? Number.MAX_SAFE_INTEGER : at
  }
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

export interface Facet {
  filter: ExerciseFilter
  options: { value: string; count: number }[]
}

/** The library shows this many exercises to a page. */
export const libraryPageSize = 24

/** Whether every chosen value is one of its filter's options (the CMS's select options). */
export function knownFilterValues(chosen: ExerciseFilterValues): boolean {
  return exerciseFilters.every((filter) => {
    const value = chosen[filter]
    return value === undefined || optionOrder[filter].includes(value)
  })
}

/**
 * The exercises that match the chosen filters, and per filter each value with how many
 * exercises it would give together with the other filters chosen.
 */
export function filterExercises<T extends ExerciseCard>(
  all: T[],
  chosen: ExerciseFilterValues,
): { exercises: T[]; facets: Facet[] } {
  const facets = exerciseFilters.map((filter) => {
    const counts = new Map<string, number>()
    for (const exercise of all) {
      if (!matches(exercise, chosen, filter)) continue
      for (const value of valuesOf(exercise, filter)) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    const values = new Set([...all.flatMap((exercise) => valuesOf(exercise, filter))])
    return {
      filter,
      options: inOrder(filter, values).map((value) => ({ value, count: counts.get(value) ?? 0 })),
    }
  })
  return { exercises: all.filter((exercise) => matches(exercise, chosen)), facets }
}
