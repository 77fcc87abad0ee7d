import http from 'node:http'

/**
 * In front of everything Next serves, at the HTTP layer: a request Next itself would answer with
 * a 500 gets a 4xx here instead.
 *
 * - A method outside HTTP's usual ones (TRACE, TRACK, PROPFIND, …): Next builds a fetch Request
 *   for every route handler, and fetch refuses TRACE, so /api answered 500; a prerendered page
 *   answered TRACE with 200. Now 405 with `Allow`.
 * - A path with malformed percent-encoding (`/%ff`, `/nl/artikelen/%ff%fe`) or a control
 *   character once decoded: Next's router fails to decode it and, having no /400 page in the App
 *   Router, answers 500. Now 400.
 *
 * Installed from next.config.mjs, which Next loads in the process that serves (next start, next
 * dev), so it runs wherever the site runs, without a proxy on reader pages: per request it costs
 * a set lookup and, only for a path with a `%`, one decode.
 */
export const allowedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const allowed = new Set(allowedMethods)

/** Why a request is refused before Next sees it, or undefined when it may go on. */
export function refusalOf(method, url) {
  if (!allowed.has(method)) return { status: 405, message: `The method ${method} is not allowed here.` }
  const raw = String(url ?? '/').split('?')[0]
  if (!raw.includes('%')) return undefined
  let path
  try {
    path = decodeURIComponent(raw)
  } catch {
    return { status: 400, message: 'The address holds malformed percent-encoding.' }
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return { status: 400, message: 'The address holds a control character.' }
  return undefined
}

const installed = Symbol.for('heupfit.httpGuard')

export function installHttpGuard() {
  const prototype = http.Server.prototype
  if (prototype[installed]) return
  const emit = prototype.emit
  prototype[installed] = true
  prototype.emit = function guardedEmit(event, request, response, ...rest) {
    if (event === 'request') {
      const refusal = refusalOf(request.method, request.url)
      if (refusal) {
        response.writeHead(refusal.status, {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          ...(refusal.status === 405 ? { allow: allowedMethods.join(', ') } : {}),
        })
        response.end(`${refusal.message}\n`)
        return true
      }
    }
    return emit.call(this, event, request, response, ...rest)
  }
}
