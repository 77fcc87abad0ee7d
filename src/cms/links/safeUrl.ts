/**
 * The addresses a link on the site may have: http and https with a host, mailto and tel, and
 * addresses on this site (`/…`, not `//…`, which is another host, and `#…`). Anything else
 * (javascript:, data:, vbscript:, file:, …) can run script or open something unexpected.
 * Whitespace, control characters and backslashes are refused anywhere: browsers drop or
 * reinterpret them (`java\tscript:`, `/\evil.example`), so a check that reads them as written
 * would not be the link the browser follows.
 */
const obfuscation = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff\\]/

export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || obfuscation.test(value)) return false
  if (value.startsWith('#')) return true
  if (value.startsWith('/')) return !value.startsWith('//')
  if (/^https?:\/\//i.test(value)) {
    try {
      return new URL(value).hostname !== ''
    } catch {
      return false
    }
  }
  return /^(mailto|tel):./i.test(value)
}

/** An address on this site only (`/…`, not `//…`), as the navigation takes. */
export const isSiteRelative = (value: unknown): value is string =>
  isSafeUrl(value) && typeof value === 'string' && value.startsWith('/')

/** The href to render: the address when safe, else nothing (the text stays, the link goes). */
export const safeHref = (value: unknown): string | undefined => (isSafeUrl(value) ? value : undefined)

/** The unsafe link addresses in a Lexical rich-text value (link and autolink nodes, at any depth). */
export function unsafeLinks(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) unsafeLinks(item, found)
  } else if (value && typeof value === 'object') {
    const node = value as { type?: unknown; fields?: { url?: unknown; linkType?: unknown } }
    const isLink = node.type === 'link' || node.type === 'autolink'
    if (isLink && node.fields?.linkType !== 'internal' && !isSafeUrl(node.fields?.url)) {
      found.push(String(node.fields?.url ?? ''))
    }
    for (const inner of Object.values(value)) unsafeLinks(inner, found)
  }
  return found
}
