/* Liveness for a load balancer: GET /api/health. */
import { liveness } from '@/cms/health/routes'

export const dynamic = 'force-dynamic'

export const GET = () => liveness()
