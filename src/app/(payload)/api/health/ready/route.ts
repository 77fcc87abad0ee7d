/* Readiness for a load balancer, the database included: GET /api/health/ready. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { readiness } from '@/cms/health/routes'

export const dynamic = 'force-dynamic'

export const GET = () => readiness(() => getPayload({ config }))
