import type { CollectionBeforeChangeHook, Field } from 'payload'

import { label } from './label'

/** How long a medical review stays current unless the editor sets another date. */
export const reviewValidMonths = 12

/** The same day `months` later (31 January + 1 month is the last day of February). */
export function monthsAfter(iso: string, months: number): string {
  const date = new Date(iso)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date.toISOString()
}

const sameDay = (a: unknown, b: string): boolean =>
  typeof a === 'string' && new Date(a).toISOString().slice(0, 10) === b.slice(0, 10)

export const reviewDueField: Field = {
  name: 'reviewDue',
  type: 'date',
  label: label('reviewDue'),
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly' },
    description: label('reviewDueDescription'),
  },
}

/**
 * The next medical review falls 12 months after the last one unless an editor chose a date:
 * filled in when empty, and moved along with a new review date when it was the default.
 */
export const defaultReviewDue: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const reviewedAt: unknown = 'reviewedAt' in data ? data.reviewedAt : originalDoc?.reviewedAt
  if (typeof reviewedAt !== 'string' || !reviewedAt) return data
  const due: unknown = 'reviewDue' in data ? data.reviewDue : originalDoc?.reviewDue
  const before: unknown = originalDoc?.reviewedAt
  const followedTheReview =
    typeof before === 'string' && !sameDay(before, reviewedAt) && sameDay(due, monthsAfter(before, reviewValidMonths))
  if (due && !followedTheReview) return data
  return { ...data, reviewDue: monthsAfter(reviewedAt, reviewValidMonths) }
}
