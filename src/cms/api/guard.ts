import { defaultLocale } from '@/i18n/locales'
import { apiBounds, checkQuery, checkWhere, jsonNesting, type Refusal } from './queryBounds'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/** Payload's own error shape, so that a refusal reads like any other API error. */
export const refusal = ({ status, message }: Refusal): Response =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

const refuse = (message: string, status: Refusal['status'] = 400): Response => refusal({ status, message })

/** A path that decodes to control characters, a backslash or a `..` segment names no document or file. */
function checkPath(pathname: string): Refusal | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { status: 400, message: 'The address holds malformed percent-encoding.' }
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.split('/').includes('..'))
    return { status: 400, message: 'The address holds characters that no document or file name has.' }
  return undefined
}

const overridesToGet = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** The body as text, or a refusal when it is larger than a JSON body may be. */
async function boundedText(request: Request): Promise<string | Refusal> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  const tooLarge: Refusal = { status: 413, message: `The body is larger than ${apiBounds.bodyBytes} bytes.` }
  if (declared > apiBounds.bodyBytes) return tooLarge
  const text = await request.text()
  return Buffer.byteLength(text) > apiBounds.bodyBytes ? tooLarge : text
}

function parseJson(text: string): { value: unknown } | Refusal {
  try {
    const value: unknown = JSON.parse(text)
    if (jsonNesting(value) > apiBounds.jsonNesting)
      return { status: 400, message: `The JSON body nests more than ${apiBounds.jsonNesting} levels.` }
    return { value }
  } catch {
    return { status: 400, message: 'The body is not valid JSON.' }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** The request at its checked address, with the body read here or, untouched, the original's stream. */
function rebuilt(request: Request, url: URL, body?: string): Request {
  const headers = new Headers(request.headers)
  if (body !== undefined) {
    headers.delete('content-length')
    return new Request(url, { method: request.method, headers, body, signal: request.signal })
  }
  // A stream body needs `duplex` (Node's fetch; not yet in TypeScript's RequestInit).
  const init: RequestInit & { duplex: 'half' } = {
    method: request.method,
    headers,
    body: request.body ?? undefined,
    signal: request.signal,
    duplex: 'half',
  }
  return new Request(url, init)
}

/** The primitive values of a JSON query (method override), as a query string would carry them. */
function asParams(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (typeof value === 'string' || typeof value === 'number') params.set(key, String(value))
  return params
}

/**
 * A query sent as a POST body (Payload's admin does this for long queries: X-Payload-HTTP-Method-
 * Override: GET), checked like a query string. The whole query goes into the body, with the
 * default locale when none is named, for Payload appends the body to the address.
 */
async function overriddenQuery(request: Request, url: URL): Promise<Request | Response> {
  const text = await boundedText(request)
  if (typeof text !== 'string') return refusal(text)
  if (mediaType(request) === 'application/json') {
    const parsed = parseJson(text)
    if ('status' in parsed) return refusal(parsed)
    if (!isObject(parsed.value)) return refuse('The body must be a JSON object of query parameters.')
    const query = { ...Object.fromEntries(url.searchParams), ...parsed.value }
    const problem = checkQuery(asParams(query), 'GET') ?? checkWhere(query.where)
    if (problem) return refusal(problem)
    query.locale ??= defaultLocale
    return rebuilt(request, new URL(url.pathname, url), JSON.stringify(query))
  }
  const params = new URLSearchParams(url.search)
  for (const [key, value] of new URLSearchParams(text)) params.append(key, value)
  const problem = checkQuery(params, 'GET')
  if (problem) return refusal(problem)
  if (!params.has('locale')) params.set('locale', defaultLocale)
  return rebuilt(request, new URL(url.pathname, url), params.toString())
}

/** The body of a write: JSON that is an object, or a form with files; nothing else. */
async function checkedBody(request: Request, url: URL, graphql: boolean): Promise<Request | Response> {
  const type = mediaType(request)
  if (type === 'multipart/form-data' && !graphql) return rebuilt(request, url)
  const text = await boundedText(request)
  if (typeof text !== 'string') return refusal(text)
  if (!type && !text) return rebuilt(request, url, text)
  if (type !== 'application/json')
    return refuse(
      graphql
        ? 'Send the GraphQL query as JSON (application/json).'
        : 'Send JSON (application/json), or a form with files (multipart/form-data).',
      415,
    )
  const parsed = parseJson(text)
  if ('status' in parsed) return refusal(parsed)
  if (!isObject(parsed.value))
    return refuse(graphql ? 'The body must be a JSON object with a query.' : 'The body must be a JSON object.')
  return rebuilt(request, url, text)
}

/**
 * In front of Payload's REST and GraphQL handlers: refuses, with a 4xx and one sentence, what
 * would otherwise fail deep inside Payload or the database (a malformed address, an unknown
 * locale, a limit or depth out of bounds, a huge `in` list, a body that is not a JSON object),
 * and makes a request that names no locale mean the default one (nl), as the site does: Payload,
 * with `localization.fallback: false`, would otherwise query "no locale" and find nothing.
 */
export function guardApi<Context>(handler: Handler<Context>, { graphql = false } = {}): Handler<Context> {
  return async (request, context) => {
    const url = new URL(request.url)
    const pathProblem = checkPath(url.pathname)
    if (pathProblem) return refusal(pathProblem)
    let checked: Request | Response
    if (overridesToGet(request) && !graphql) {
      checked = await overriddenQuery(request, url)
    } else {
      const problem = checkQuery(url.searchParams, request.method)
      if (problem) return refusal(problem)
      if (!url.searchParams.has('locale')) url.searchParams.set('locale', defaultLocale)
      checked = ['POST', 'PATCH', 'PUT'].includes(request.method)
        ? await checkedBody(request, url, graphql)
        : rebuilt(request, url)
    }
    if (checked instanceof Response) return checked
    return handler(checked, context)
  }
}
