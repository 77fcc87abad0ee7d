import { randomUUID } from 'node:crypto'

import { createClient } from '@redis/client'

/**
 * Which instance runs the jobs queue (scheduled publishing) when several share one database.
 *
 * Payload 3.90's runner claims jobs with a find followed by an update by id, outside any
 * transaction (updateJobs in @payloadcms/drizzle), so two instances polling at the same moment
 * can both claim, and both run, the same due job. With REDIS_URL set, an instance runs the queue
 * only while it holds a lease in Redis: taken with SET NX, renewed by its holder at every tick,
 * left to expire when the holder stops. Two runs can overlap only if one outlasts the lease.
 */
const key = 'heupfit:jobs:runner'
const leaseMs = 60_000
const self = randomUUID()

// Renews the lease only for its holder, atomically.
const renew = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`

const makeClient = (url: string) => createClient({ url, socket: { connectTimeout: 5_000 } })
type Redis = ReturnType<typeof makeClient>

let client: Redis | undefined
let connecting: Promise<Redis> | undefined

function connect(url: string): Promise<Redis> {
  if (client?.isReady) return Promise.resolve(client)
  connecting ??= (async () => {
    const made = makeClient(url)
    made.on('error', () => {
      // Reported by holdsJobsLease when a tick cannot reach Redis.
    })
    await made.connect()
    client = made
    return made
  })().finally(() => {
    connecting = undefined
  })
  return connecting
}

/** True when this instance may run the queue on this tick. */
export async function holdsJobsLease(url: string): Promise<boolean> {
  try {
    const redis = await connect(url)
    if ((await redis.set(key, self, { NX: true, PX: leaseMs })) === 'OK') return true
    return Number(await redis.eval(renew, { keys: [key], arguments: [self, String(leaseMs)] })) === 1
  } catch (error) {
    // Without Redis no instance can know it is alone: better late than twice.
    console.error(`Scheduled jobs wait: Redis (REDIS_URL) did not answer (${(error as Error).message}).`)
    return false
  }
}
