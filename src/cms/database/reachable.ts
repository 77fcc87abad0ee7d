import mongoose from 'mongoose'

import { ConfigurationError, type DatabaseTarget } from './target'
import { mongoTimeoutMs } from './timeouts'

/**
 * Connects once and disconnects, so that a wrong or unreachable MongoDB stops start-up within
 * seconds with a sentence naming the host, instead of at a reader's first request.
 */
export async function assertDatabaseReachable(target: DatabaseTarget): Promise<void> {
  if (target.kind !== 'mongodb') return
  const connection = mongoose.createConnection(target.url, { serverSelectionTimeoutMS: mongoTimeoutMs })
  try {
    await connection.asPromise()
    await connection.db?.admin().ping()
  } catch (error) {
    const reason = (error as Error).name === 'MongoServerError' ? ` (${(error as Error).message})` : ''
    throw new ConfigurationError(
      `MongoDB at ${target.hosts} did not answer within ${mongoTimeoutMs / 1000} s${reason}: start it or correct DATABASE_URI (host, port, user and password), or unset DATABASE_URI to use the embedded SQLite database.`,
    )
  } finally {
    await connection.close().catch(() => undefined)
  }
}
