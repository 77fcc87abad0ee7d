/* Payload's REST API: checked input first (src/cms/api/guard.ts), each request with its id in the log lines and the X-Request-Id header. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_PUT, REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { guardApi } from '@/cms/api/guard'
import { withDatabaseOutage } from '@/cms/database/outage'
import { withRequestId } from '@/cms/logging/requestId'

type Handler = ReturnType<typeof REST_GET>

/** Each request with its id; a failure because the database is away answers 503, saying so. */
const api = (handler: Handler) => withRequestId(withDatabaseOutage(handler, () => getPayload({ config })))

export const GET = api(guardApi(REST_GET(config)))
export const POST = api(guardApi(REST_POST(config)))
export const DELETE = api(guardApi(REST_DELETE(config)))
export const PATCH = api(guardApi(REST_PATCH(config)))
export const PUT = api(guardApi(REST_PUT(config)))
export const OPTIONS = api(REST_OPTIONS(config))
