/**
 * Next's cache (pages and `unstable_cache` data), chosen when the server starts, so that one
 * build runs either way:
 *
 * - REDIS_URL set: one cache in Redis shared by every instance, through the maintained
 *   @fortedigital/nextjs-cache-handler (its redis-strings handler); a tag expired by any
 *   instance is gone for all of them.
 * - unset (and always while `next build` runs): Next's own file-system cache, as without this
 *   file (ISR_FLUSH_TO_DISK=0 keeps it in memory).
 *
 * After a tag expires, the caching proxy in front (PURGE_URL, deploy/varnish) is told to drop
 * its copies, from here because only here is the expiry known to be done: a purge sent earlier
 * would let the proxy fetch and keep the old page again.
 */
import { CacheHandler as SharedCacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

const building = process.env.NEXT_PHASE === 'phase-production-build'
const redisUrl = building ? '' : process.env.REDIS_URL?.trim()
const purgeUrl = building ? '' : process.env.PURGE_URL?.trim()

/** Say a problem once per kind, not on every request. */
const said = new Set()
function sayOnce(kind, message) {
  if (said.has(kind)) return
  said.add(kind)
  console.error(message)
}

if (redisUrl) {
  SharedCacheHandler.onCreation(async ({ buildId }) => {
    const client = createClient({ url: redisUrl, pingInterval: 10_000, socket: { connectTimeout: 5_000 } })
    client.on('error', (error) =>
      sayOnce(
        'redis',
        `The shared cache in Redis (REDIS_URL) failed: ${error.message}; pages render afresh meanwhile.`,
      ),
    )
    client.on('ready', () => said.delete('redis'))
    await client.connect()
    // Per build: a new version never serves pages rendered by the old one (their scripts differ).
    return { handlers: [createRedisHandler({ client, keyPrefix: `heupfit:${buildId ?? 'dev'}:` })] }
  })
}

/**
 * Proxy keys (deploy/varnish/default.vcl): every reader page carries `reader`, every media file
 * `media`. The site's tags are per collection and nearly every page reads all of them (the
 * layout reads the settings, cards the media, articles embed exercises), so any change drops the
 * reader pages; the instances then serve them from the shared cache, re-rendering only what
 * the expired tags touched.
 */
function proxyKeys(tags) {
  const keys = new Set(['reader'])
  if (tags.includes('media')) keys.add('media')
  return [...keys].join(' ')
}

async function purgeProxy(tags) {
  if (!purgeUrl) return
  try {
    const response = await fetch(purgeUrl, {
      method: 'PURGE',
      headers: { 'xkey-purge': proxyKeys(tags) },
      signal: AbortSignal.timeout(2_000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
  } catch (error) {
    sayOnce(
      'purge',
      `The caching proxy could not be purged at PURGE_URL ${purgeUrl} (${error.message}): it shows old pages until it is.`,
    )
    return
  }
  said.delete('purge')
}

export default class HeupfitCacheHandler {
  #cache

  constructor(context) {
    this.#cache = redisUrl ? new SharedCacheHandler(context) : new FileSystemCache(context)
  }

  async get(key, context) {
    try {
      return await this.#cache.get(key, context)
    } catch (error) {
      // Redis unreachable: a miss, so the page renders from the database instead of failing.
      sayOnce('redis', `The shared cache in Redis (REDIS_URL) failed: ${error.message}; pages render afresh meanwhile.`)
      return null
    }
  }

  async set(key, data, context) {
    try {
      await this.#cache.set(key, data, context)
    } catch (error) {
      sayOnce('redis', `The shared cache in Redis (REDIS_URL) failed: ${error.message}; pages render afresh meanwhile.`)
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    await this.#cache.revalidateTag(list, durations)
    await purgeProxy(list)
  }

  resetRequestCache() {
    this.#cache.resetRequestCache?.()
  }
}
