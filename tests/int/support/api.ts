import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'

/**
 * Payload's REST and GraphQL handlers called in-process, as the Next routes in
 * src/app/(payload)/api call them, on a request built here: what a caller of /api gets,
 * without a server. Both handlers look Payload up under its default key, so a test file that
 * uses them starts its Payload with `startApiPayload`.
 */

export const origin = 'http://localhost:3000'

export async function startApiPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

export interface ApiAnswer {
  status: number
  headers: Headers
  text: string
  json: unknown
}

export interface CallOptions {
  token?: string
  body?: unknown
  headers?: Record<string, string>
}

function headersFor(options: CallOptions): Headers {
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.body !== undefined && !(options.body instanceof FormData)) headers.set('Content-Type', 'application/json')
  return headers
}

async function answerOf(response: Response): Promise<ApiAnswer> {
  const text = await response.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  return { status: response.status, headers: response.headers, text, json }
}

function bodyOf(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined
  return body instanceof FormData ? body : JSON.stringify(body)
}

/** A REST call: `rest('GET', '/api/articles?draft=true')`. */
export async function rest(method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const { default: config } = await import('@payload-config')
  const request = new Request(`${origin}${path}`, {
    method,
    headers: headersFor(options),
    body: bodyOf(options.body),
  })
  return answerOf(await handleEndpoints({ config, request }))
}

/** A GraphQL call: the query and its variables, as /api/graphql takes them. */
export async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<ApiAnswer> {
  const { default: config } = await import('@payload-config')
  const request = new Request(`${origin}/api/graphql`, {
    method: 'POST',
    headers: headersFor({ ...options, body: {} }),
    body: JSON.stringify({ query, variables }),
  })
  return answerOf(await GRAPHQL_POST(config)(request))
}
