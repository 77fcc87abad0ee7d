import type { FilterOptions } from 'payload'

/**
 * For a link field without a filter of its own. Payload checks that a linked document exists
 * only for fields that have `filterOptions`; with this one (which filters nothing) a link to a
 * missing document is a validation error naming the field (400) on every database, instead of a
 * failed write (SQLite's foreign key) or a dangling link (MongoDB).
 */
export const existingOnly: FilterOptions = () => true
