/**
 * Whether an error means the database cannot be reached (as opposed to a bad query or bad
 * input): the site then answers 503 and tries again later instead of a 500.
 */

/** Thrown by the SQLite guard (sqliteFileGuard.ts) while the database file is gone. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError'
}

/** SQLite's result codes for a database that cannot be opened, read, or locked for use. */
const sqliteCodes = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|NOTADB|FULL|PROTOCOL)/

/** The MongoDB driver's (and mongoose's) errors for a server it cannot reach. */
const mongoNames = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'PoolClearedError',
  'PoolClosedError',
])

export function isDatabaseUnavailable(error: unknown): boolean {
  // Drizzle and Payload wrap the driver's error; its own lies in the cause chain.
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (current instanceof DatabaseUnavailableError || current.name === 'DatabaseUnavailableError') return true
    if (mongoNames.has(current.name)) return true
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && sqliteCodes.test(code)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/** Seconds a client is asked to wait before trying again (Retry-After). */
export const retryAfterSeconds = 30
