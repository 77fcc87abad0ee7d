import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'

import { routing } from './i18n/routing'
import { requestPathHeader } from './site/lib/requestPath'

const handleI18nRouting = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  const response = handleI18nRouting(request)
  // Hand the path the reader asked for to the pages (the 404 page offers the other language
  // from it), the way NextResponse.next({ request: { headers } }) passes request headers on.
  const overridden = response.headers.get('x-middleware-override-headers')
  if (overridden !== null) {
    response.headers.set('x-middleware-override-headers', `${overridden},${requestPathHeader}`)
    response.headers.set(`x-middleware-request-${requestPathHeader}`, encodeURI(request.nextUrl.pathname))
  }
  return response
}

export const config = {
  // Everything but the CMS (admin, API), Next's own files and files with an extension.
  matcher: ['/((?!admin|api|_next|_vercel|.*\\..*).*)'],
}
