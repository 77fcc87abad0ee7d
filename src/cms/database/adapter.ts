import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '@/migrations'
import { indexLocalesByParent } from './localeIndexes'
import { oneWriterAtATime } from './oneWriter'
import type { DatabaseTarget } from './target'
import { withFileGuard } from './sqliteFileGuard'
import { mongoTimeoutMs } from './timeouts'

export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: mongoTimeoutMs },
      // Payload's join fields otherwise rely on $lookup pipelines; plain queries also run on
      // the wire-protocol emulator the tests use.
      useJoinAggregations: false,
    })
  }
  const client = { url: target.url }
  const adapter = sqliteAdapter({
    client,
    // Write-ahead log: readers never wait for a writer, and a crash mid-write leaves the last
    // committed state. synchronous=FULL syncs the log at every commit, so a save the server
    // has acknowledged survives a power cut too, not only a killed process (NORMAL would risk
    // the last commits; an editor's save costs one fsync more). See the README. A second
    // process on the same file (npm run backup, seed) waits up to 5 s for a write lock instead
    // of failing at once. The guarded client sets these on every connection it opens
    // (sqlitePragmas), since a file that comes back after an outage is opened anew.
    // Every save in one transaction: a save that fails half way stores nothing (see oneWriter.ts).
    transactionOptions: {},
    // The schema changes only through the committed migrations, in every mode, so a database
    // made by `npm run dev` also runs in production.
    push: false,
    migrationDir: 'src/migrations',
    afterSchemaInit: [indexLocalesByParent],
    prodMigrations: migrations,
  })
  const guarded = withFileGuard(adapter, target.file, client)
  return {
    ...guarded,
    init: (args) => oneWriterAtATime(guarded.init(args), { busyTimeoutMs: 5000, synchronous: 'FULL' }),
  }
}

function isMigrationArgs(args: unknown): args is MigrateUpArgs & MigrateDownArgs {
  return typeof args === 'object' && args !== null && 'payload' in args && 'db' in args
}

/** Payload's generic migrate() types a migration's argument as unknown; ours need SQLite's. */
function toPayloadMigration({ name, up, down }: (typeof migrations)[number]): Migration {
  const checked = (args: unknown) => {
    if (!isMigrationArgs(args)) throw new Error(`Migration ${name} was called without a database.`)
    return args
  }
  return { name, up: (args) => up(checked(args)), down: (args) => down(checked(args)) }
}

/** Applies the committed SQLite migrations; Payload does so by itself only in production. */
export async function applyMigrations(payload: Payload): Promise<void> {
  await payload.db.migrate({ migrations: migrations.map(toPayloadMigration) })
}
