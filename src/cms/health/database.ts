import type { Payload } from 'payload'

export type DatabaseHealth = { ok: true; ms: number } | { ok: false; ms: number; reason: string }

/** How long readiness waits for the database before calling it unreachable. */
export const readinessTimeoutMs = 2000

/**
 * One cheap query through the adapter (the same on SQLite and MongoDB), bounded in time: a
 * MongoDB that is gone makes the driver wait for a server, and a load balancer must not wait.
 */
export async function checkDatabase(payload: Payload, timeoutMs = readinessTimeoutMs): Promise<DatabaseHealth> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([payload.db.count({ collection: 'users' }), timeout])
    return { ok: true, ms: elapsed() }
  } catch (error) {
    return { ok: false, ms: elapsed(), reason: (error as Error).message }
  } finally {
    clearTimeout(timer)
  }
}
