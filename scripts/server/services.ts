/**
 * The multi-server settings checked before the server starts (scripts/prepare-database.ts), so a
 * wrong one stops start-up with one sentence instead of a site that silently caches per process.
 */
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { createClient } from '@redis/client'

import { resolveObjectStorage } from '@/cms/storage/objectStorage'

const fail = (message: string) => Object.assign(new Error(message), { name: 'ConfigurationError' })

/** Only scheme and host, never a password. */
const describe = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@')

export async function checkServices(env: Record<string, string | undefined> = process.env): Promise<void> {
  const purge = env.PURGE_URL?.trim()
  if (purge && !/^https?:\/\/[^/\s]+/.test(purge))
    throw fail(`PURGE_URL "${purge}" is not an address: use the caching proxy's, e.g. http://varnish:80/.`)
  await checkBucket(env)
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

/** With S3_BUCKET: the bucket must exist and take the keys, before an editor's upload finds out. */
async function checkBucket(env: Record<string, string | undefined>): Promise<void> {
  const storage = resolveObjectStorage(env)
  if (!storage) return
  const where = `${storage.config.endpoint ?? 'AWS S3'}`
  const s3 = new S3Client({ ...storage.config, maxAttempts: 1 })
  try {
    await s3.send(new HeadBucketCommand({ Bucket: storage.bucket }), { abortSignal: AbortSignal.timeout(5_000) })
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    const reason =
      status === 404
        ? 'it does not exist there: create it'
        : status === 403 || status === 401
          ? 'it refused S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: check the keys'
          : `it did not answer (${(error as Error).message || (error as Error).name}): check S3_ENDPOINT`
    throw fail(`The media bucket S3_BUCKET "${storage.bucket}" at ${where} cannot be used: ${reason}.`)
  } finally {
    s3.destroy()
  }
}
