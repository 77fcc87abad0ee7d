import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { APIError, type BaseDatabaseAdapter } from 'payload'

import { isDatabaseUnavailable } from './unavailable'

/** How long a save waits for the one before it before giving up with 503. */
export const writerWaitMs = 15_000

type Settings = { busyTimeoutMs: number; synchronous: string }

/**
 * Transactions on SQLite, one at a time per process, each on a connection with our settings.
 *
 * Payload's SQLite adapter runs without transactions unless given `transactionOptions`, so a save
 * that failed half way (a link to a missing document after the row was written) kept its first
 * half. With them, libsql hands each transaction the client's connection and opens a fresh one
 * for everything else, without the busy timeout or synchronous setting (libsql-client-ts#288),
 * and its calls are synchronous: a second transaction waiting on the write lock would stall the
 * whole server, or fail at once. SQLite has one writer anyway, so saves queue here, in the event
 * loop, and every new connection gets the settings again. Reads never wait (WAL).
 */
export function oneWriterAtATime<Adapter extends BaseDatabaseAdapter>(adapter: Adapter, settings: Settings): Adapter {
  const { beginTransaction, commitTransaction, rollbackTransaction } = adapter
  const releases = new Map<number | string, () => void>()
  let last: Promise<void> = Promise.resolve()

  const settle = async () => {
    const { client } = adapter as unknown as SQLiteAdapter
    await client.execute(`PRAGMA busy_timeout = ${settings.busyTimeoutMs}`)
    await client.execute(`PRAGMA synchronous = ${settings.synchronous}`)
  }

  adapter.beginTransaction = async (options) => {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = last
    last = before.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), writerWaitMs)))
    const outcome = await Promise.race([before, timedOut])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      release()
      throw new APIError('The database is busy with other saves; try again in a moment.', 503)
    }
    try {
      const id = await beginTransaction.call(adapter, options)
      await settle()
      if (id === null) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      // Payload's drizzle layer rewraps a failed BEGIN without its cause: ask the connection
      // again, so that a database that is away is reported as such (503), not as a bad query.
      const { client } = adapter as unknown as SQLiteAdapter
      const probe: unknown = await client.execute('SELECT 1').then(
        () => undefined,
        (failure: unknown) => failure,
      )
      throw isDatabaseUnavailable(probe) ? probe : error
    }
  }

  type Id = Parameters<typeof commitTransaction>[0]
  const ending =
    (end: (id: Id) => Promise<void>) =>
    async (given: Id): Promise<void> => {
      const id = await given
      try {
        await end.call(adapter, id)
      } finally {
        releases.get(id)?.()
        releases.delete(id)
      }
    }
  adapter.commitTransaction = ending(commitTransaction)
  adapter.rollbackTransaction = ending(rollbackTransaction)
  return adapter
}
