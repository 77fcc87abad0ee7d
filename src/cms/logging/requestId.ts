import { randomUUID } from 'node:crypto'

import type { Logger } from 'pino'

import { createLogger, requestContext } from './logger'

export const requestIdHeader = 'x-request-id'

/** An id from the proxy in front (nginx's $request_id) is kept; anything else is replaced. */
const acceptable = /^[A-Za-z0-9._:-]{8,128}$/

export function requestIdOf(request: Request): string {
  const given = request.headers.get(requestIdHeader)
  return given && acceptable.test(given) ? given : randomUUID()
}

let accessLog: Logger | undefined

/**
 * Serves a route handler inside the request's context: its log lines (Payload's too) carry the
 * request id, the response names it in X-Request-Id, and one line records method, path, status
 * and duration (never the query string, which may hold a token).
 */
export function withRequestId<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
  log: () => Logger = () => (accessLog ??= createLogger()),
): (request: Request, context: Context) => Promise<Response> {
  return (request, context) => {
    const requestId = requestIdOf(request)
    const started = performance.now()
    return requestContext.run({ requestId }, async () => {
      const response = await handler(request, context)
      const headers = new Headers(response.headers)
      headers.set(requestIdHeader, requestId)
      log().info({
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: Math.round(performance.now() - started),
      })
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    })
  }
}
