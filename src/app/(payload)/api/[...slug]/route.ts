/* Payload's REST API: checked input first (src/cms/api/guard.ts), each request with its id in the log lines and the X-Request-Id header. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardApi } from '@/cms/api/guard'
import { withRequestId } from '@/cms/logging/requestId'

export const GET = withRequestId(guardApi(REST_GET(config)))
export const POST = withRequestId(guardApi(REST_POST(config)))
export const DELETE = withRequestId(guardApi(REST_DELETE(config)))
export const PATCH = withRequestId(guardApi(REST_PATCH(config)))
export const PUT = withRequestId(guardApi(REST_PUT(config)))
export const OPTIONS = withRequestId(REST_OPTIONS(config))
