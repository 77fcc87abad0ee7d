/** Which slice of a list one numbered page shows. */
export interface PageWindow {
  page: number
  pageCount: number
  /** Index of the first item on this page, and one past the last. */
  start: number
  end: number
}

/**
 * Page `page` of `total` items, `size` to a page. An empty list has one (empty) page; a page
 * past the last is null, so that the route answers 404 instead of an empty page.
 */
export function pageWindow(total: number, page: number, size: number): PageWindow | null {
  const pageCount = Math.max(1, Math.ceil(total / size))
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null
  const start = (page - 1) * size
  return { page, pageCount, start, end: Math.min(total, start + size) }
}

/** A page number as the reader's URL carries it ("2"); anything else (0, "02", "x", 10000+) is null. */
export function parsePage(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : null
}
