import type { Payload } from 'payload'

import { checkDatabase } from './database'

const uncached = { 'Cache-Control': 'no-store' }

/** Liveness: the process answers. It touches nothing else, so a slow database never restarts it. */
export function liveness(): Response {
  return Response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, { headers: uncached })
}

/**
 * Readiness: the process answers and its database does, so a load balancer sends readers
 * elsewhere while it does not. The reason goes to the log, never to the caller.
 */
export async function readiness(loadPayload: () => Promise<Payload>): Promise<Response> {
  let payload: Payload
  try {
    payload = await loadPayload()
  } catch {
    return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers: uncached })
  }
  const health = await checkDatabase(payload)
  if (!health.ok) payload.logger.warn({ reason: health.reason }, 'Readiness: the database is unreachable')
  return Response.json(
    { status: health.ok ? 'ready' : 'unavailable', database: health.ok ? 'ok' : 'unreachable', ms: health.ms },
    { status: health.ok ? 200 : 503, headers: uncached },
  )
}
