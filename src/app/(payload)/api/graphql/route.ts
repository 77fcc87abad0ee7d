/* Payload's GraphQL API, with checked input first (src/cms/api/guard.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardApi } from '@/cms/api/guard'
import { withRequestId } from '@/cms/logging/requestId'

export const POST = withRequestId(guardApi(GRAPHQL_POST(config), { graphql: true }))
export const OPTIONS = REST_OPTIONS(config)
