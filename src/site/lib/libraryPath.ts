import { exerciseFilters, knownFilterValues, type ExerciseFilterValues } from '../data/exercises'
import { parsePage } from './pagination'

/**
 * The library's internal path segments, as src/proxy.ts writes them: one per filter
 * in exerciseFilters' order, then the page, `-` for none (…/filtered/-/strength/-/-/2). Null for
 * anything a rewrite cannot produce from a known filter value and a page number.
 */
export function decodeLibrarySegments(segments: string[]): { chosen: ExerciseFilterValues; page: number } | null {
  if (segments.length !== exerciseFilters.length + 1) return null
  const chosen: ExerciseFilterValues = {}
  exerciseFilters.forEach((filter, index) => {
    if (segments[index] !== '-') chosen[filter] = segments[index]
  })
  const last = segments[exerciseFilters.length]
  const page = last === '-' ? 1 : parsePage(last)
  return page && knownFilterValues(chosen) ? { chosen, page } : null
}

/** The library URL with one filter changed (undefined removes it), keeping the others; back to page 1. */
export function libraryHref(
  base: string,
  chosen: ExerciseFilterValues,
  change?: Partial<ExerciseFilterValues>,
  page = 1,
) {
  const query = new URLSearchParams()
  const next = { ...chosen, ...change }
  for (const name of exerciseFilters) {
    const value = next[name]
    if (value) query.set(name, value)
  }
  if (page > 1) query.set('page', String(page))
  const text = query.toString()
  return text ? `${base}?${text}` : base
}
