/**
 * The multi-server settings checked before the server starts (scripts/prepare-database.ts), so a
 * wrong one stops start-up with one sentence instead of a site that silently caches per process.
 */
import { createClient } from '@redis/client'

const fail = (message: string) => Object.assign(new Error(message), { name: 'ConfigurationError' })

/** Only scheme and host, never a password. */
const describe = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@')

export async function checkServices(env: Record<string, string | undefined> = process.env): Promise<void> {
  const purge = env.PURGE_URL?.trim()
  if (purge && !/^https?:\/\/[^/\s]+/.test(purge))
    throw fail(`PURGE_URL "${purge}" is not an address: use the caching proxy's, e.g. http://varnish:80/.`)
  const redis = env.REDIS_URL?.trim()
  if (!redis) return
  if (!/^rediss?:\/\/[^/\s]+/.test(redis))
    throw fail(`REDIS_URL "${describe(redis)}" is not a Redis address: use redis://host:6379 (or rediss:// with TLS).`)
  const client = createClient({ url: redis, socket: { connectTimeout: 5_000, reconnectStrategy: false } })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    throw fail(
      `Redis at REDIS_URL ${describe(redis)} did not answer (${(error as Error).message}): start it, or unset REDIS_URL to run one server without it.`,
    )
  } finally {
    await client.close().catch(() => undefined)
  }
}
