import { NextResponse } from 'next/server'

/** A stand-in origin to resolve against: any path that leaves it would leave the site. */
const here = 'http://site.invalid'

/**
 * The path, query and fragment of `wanted` when it is an address on this site, else `/`. Parsed
 * as a browser would: `/\evil.example`, `/%5Cevil`, a tab or newline in `//evil` and `/.//evil`
 * all name another host to a browser, so they are refused, never passed on.
 */
export function pathWithinSite(wanted: string): string {
  if (!wanted.startsWith('/')) return '/'
  let url: URL
  try {
    url = new URL(wanted, here)
  } catch {
    return '/'
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  if (url.origin !== here || path.startsWith('//') || path.includes('\\')) return '/'
  return path
}

/**
 * A redirect to a path on this site. The Location is relative, so the browser stays on the host
 * it asked for (and the draft-mode cookie, set for that host, goes along); no Host or
 * X-Forwarded-Host header, which anyone can send, names the target.
 */
export function redirectWithinSite(path: string): NextResponse {
  return new NextResponse(null, { status: 307, headers: { location: pathWithinSite(path) } })
}
