import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

// Payload types `payload.db` as the generic adapter; these check which one it is at run time
// and hand it back with its own type.

export function mongooseOf(payload: Payload): MongooseAdapter {
  if (payload.db.name !== 'mongoose') throw new Error(`Expected the MongoDB adapter, got ${payload.db.name}.`)
  return payload.db as unknown as MongooseAdapter
}

export function sqliteOf(payload: Payload): SQLiteAdapter {
  if (payload.db.name !== 'sqlite') throw new Error(`Expected the SQLite adapter, got ${payload.db.name}.`)
  return payload.db as unknown as SQLiteAdapter
}
