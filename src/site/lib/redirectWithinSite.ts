import { NextResponse, type NextRequest } from 'next/server'

/**
 * A redirect to a path on this site, on the host the browser asked for. Next resolves a
 * relative Location, and request.url, against its own host name (e.g. localhost), and then the
 * draft-mode cookie, set for the browser's host, would not go along.
 */
export function redirectWithinSite(request: NextRequest, path: string): NextResponse {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  const protocol = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(/:$/, '')
  const origin = host ? `${protocol}://${host}` : request.nextUrl.origin
  return NextResponse.redirect(new URL(path, origin), 307)
}
