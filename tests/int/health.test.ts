import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liveness, readiness } from '@/cms/health/routes'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
})

describe('health checks for a load balancer', () => {
  it('answers liveness without asking the database, never cached', async () => {
    const response = liveness()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok' })
  })

  it('is ready while the database answers', async () => {
    const response = await readiness(async () => payload)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ready', database: 'ok' })
  })

  it('is unavailable (503, saying only that the database is unreachable) once the database is gone', async () => {
    await payload.db.destroy?.()
    const started = Date.now()
    const response = await readiness(async () => payload)
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable', ms: expect.any(Number) })
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('is unavailable when Payload cannot even start', async () => {
    const response = await readiness(() => Promise.reject(new Error('connect ECONNREFUSED')))
    expect(response.status).toBe(503)
    expect(JSON.stringify(await response.json())).not.toContain('ECONNREFUSED')
  })
})
