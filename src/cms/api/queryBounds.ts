import { isLocale } from '@/i18n/locales'

/** What one API request may ask for; anything beyond is refused with 400, never clamped silently. */
export const apiBounds = {
  /** Documents per page on a read. (A bulk edit or delete, by signed-in users, may say 0: all.) */
  limit: 100,
  /** Pages: far beyond any collection here, well inside the database's integer range. */
  page: 10_000,
  /** Levels of linked documents filled in (the site itself reads at most 3). */
  depth: 3,
  /** Values in one `in`, `not_in` or `all` (the admin's bulk actions send a page of ids, at most 100). */
  listValues: 200,
  /** Conditions in one `where`, and how deeply `and`/`or` nest. */
  conditions: 50,
  nesting: 5,
  /** Characters of a sort or select, and of one value. */
  text: 500,
  /** A JSON body, and how deeply its objects and arrays may nest (a long article is about 200 KB). */
  bodyBytes: 2 * 1024 * 1024,
  jsonNesting: 64,
} as const

/**
 * No collection here has a point field, the only kind the geo operators work on: on any other
 * field the database fails. A new point field would list its operators here.
 */
const geoOperators = new Set(['near', 'within', 'intersects'])
const listOperators = new Set(['in', 'not_in', 'all'])
const fallbackWords = new Set(['none', 'false', 'null'])

/** A refusal: the status and one sentence for the caller. */
export type Refusal = { status: 400 | 404 | 405 | 413 | 415; message: string }

const refuse = (message: string, status: Refusal['status'] = 400): Refusal => ({ status, message })

/** `where[and][0][title][in][3]` → ['where', 'and', '0', 'title', 'in', '3'] */
function segmentsOf(key: string): string[] {
  const first = key.indexOf('[')
  if (first < 0) return [key]
  const inner = key.slice(first).match(/\[([^\]]*)\]/g) ?? []
  return [key.slice(0, first), ...inner.map((part) => part.slice(1, -1))]
}

function wholeNumber(value: string, name: string, min: number, max: number): Refusal | undefined {
  if (!/^-?\d+$/.test(value)) return refuse(`${name} must be a whole number (given "${value.slice(0, 40)}").`)
  const number = Number(value)
  if (number < min || number > max) return refuse(`${name} must be between ${min} and ${max} (given ${value}).`)
  return undefined
}

/** Checks a where clause given as nested values (a JSON body, GraphQL arguments are typed already). */
export function checkWhere(where: unknown, depth = 0): Refusal | undefined {
  if (where === undefined || where === null) return undefined
  if (typeof where !== 'object') return refuse('where must be an object of conditions.')
  if (depth > apiBounds.nesting * 3) return refuse(`where nests more than ${apiBounds.nesting} levels of and/or.`)
  let conditions = 0
  for (const [key, value] of Object.entries(where)) {
    if (++conditions > apiBounds.conditions) return refuse(`where has more than ${apiBounds.conditions} conditions.`)
    if (geoOperators.has(key)) return refuse(`The operator "${key}" works only on point fields, and there are none.`)
    if (listOperators.has(key)) {
      const count = Array.isArray(value)
        ? value.length
        : typeof value === 'string'
          ? value.split(',').length
          : Object.keys(value ?? {}).length
      if (count > apiBounds.listValues)
        return refuse(`"${key}" lists more than ${apiBounds.listValues} values (given ${count}).`, 413)
    }
    if (value && typeof value === 'object') {
      const inner = checkWhere(value, depth + 1)
      if (inner) return inner
    }
  }
  return undefined
}

/**
 * Checks the query string of a REST request: the locale, the numbers and the where clause. The
 * method matters for `limit`: 0 (all) is for bulk edits and deletes, never for a read.
 */
export function checkQuery(params: URLSearchParams, method: string): Refusal | undefined {
  const locale = params.get('locale')
  if (locale !== null && !isLocale(locale) && locale !== 'all' && locale !== '*')
    return refuse(`Unknown locale "${locale.slice(0, 20)}": use nl, en or all.`)
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const fallback = params.get(name)
    if (fallback !== null && !isLocale(fallback) && !fallbackWords.has(fallback))
      return refuse(`Unknown ${name} "${fallback.slice(0, 20)}": use nl, en or none.`)
  }
  const read = method === 'GET'
  const checks: [string, number, number][] = [
    ['limit', read ? 1 : 0, apiBounds.limit],
    ['page', 1, apiBounds.page],
    ['depth', 0, apiBounds.depth],
  ]
  for (const [name, min, max] of checks) {
    const value = params.get(name)
    const refusal = value === null ? undefined : wholeNumber(value, name, min, max)
    if (refusal) return refusal
  }
  const lists = new Map<string, number>()
  let conditions = 0
  for (const [key, value] of params) {
    if (value.length > apiBounds.text) return refuse(`The value of ${key.slice(0, 60)} is too long.`, 413)
    const [root, ...path] = segmentsOf(key)
    if (root !== 'where') continue
    if (++conditions > apiBounds.listValues) return refuse(`where has more than ${apiBounds.listValues} values.`, 413)
    if (path.filter((part) => part === 'and' || part === 'or').length > apiBounds.nesting)
      return refuse(`where nests more than ${apiBounds.nesting} levels of and/or.`)
    const geo = path.find((part) => geoOperators.has(part))
    if (geo) return refuse(`The operator "${geo}" works only on point fields, and there are none.`)
    const at = path.findIndex((part) => listOperators.has(part))
    if (at >= 0) {
      const list = ['where', ...path.slice(0, at + 1)].join('.')
      const count = (lists.get(list) ?? 0) + (path.length > at + 1 ? 1 : value.split(',').length)
      if (count > apiBounds.listValues)
        return refuse(`"${path[at]}" lists more than ${apiBounds.listValues} values.`, 413)
      lists.set(list, count)
    }
  }
  for (const name of ['sort', 'select', 'populate', 'joins']) {
    for (const [key, value] of params) {
      if (segmentsOf(key)[0] === name && (key.length > apiBounds.text || value.length > apiBounds.text))
        return refuse(`${name} is too long.`, 413)
    }
  }
  return undefined
}

/** How deeply a parsed JSON value nests; stops counting past the bound. */
export function jsonNesting(value: unknown, depth = 0): number {
  if (depth > apiBounds.jsonNesting || !value || typeof value !== 'object') return depth
  let deepest = depth
  for (const inner of Object.values(value)) {
    deepest = Math.max(deepest, jsonNesting(inner, depth + 1))
    if (deepest > apiBounds.jsonNesting) break
  }
  return deepest
}
