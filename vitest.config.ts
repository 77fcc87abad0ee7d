import path from 'node:path'

import { defineConfig } from 'vitest/config'

/**
 * The integration suite runs once per database:
 * - `sqlite`: the embedded default, a fresh temporary file per test file;
 * - `mongodb-emulator`: Payload's MongoDB adapter over the wire protocol, against CongoDB, an
 *   in-process emulator (not MongoDB: no unique indexes, no transactions);
 * - `mongodb`: instead of both, when DATABASE_URI points at a real MongoDB.
 */
const realMongo = /^mongodb(\+srv)?:/.test(process.env.DATABASE_URI ?? '')

// Checks that do not depend on which database the suite runs against: once, in the first project.
const databaseIndependent = [
  'tests/int/database-settings.test.ts',
  'tests/int/logging.test.ts',
  'tests/int/migrations.test.ts',
  'tests/int/mongodb-models.test.ts',
  'tests/int/messages.test.ts',
  'tests/int/reader-paths.test.ts',
  'tests/int/run-guard.test.ts',
  'tests/int/bench-wrk.test.ts',
  'tests/int/redirect-within-site.test.ts',
  // Starts its own MongoDB emulator beside the SQLite database: both kinds in one file.
  'tests/int/backup-across.test.ts',
  'tests/int/pagination.test.ts',
  // The growth bench writes synthetic content into its own SQLite database only.
  'tests/int/synthetic.test.ts',
  // The storage adapter sits above the database: once, on SQLite.
  'tests/int/object-storage.test.ts',
  'tests/int/services-settings.test.ts',
]

// Need transactions, which the emulator lacks (SQLite and a real MongoDB replica set have them).
const needTransactions = ['tests/int/transactions.test.ts']

const shared = {
  include: ['tests/int/**/*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 180_000,
  // Two cores: one Payload per test file at a time keeps timings calm.
  fileParallelism: false,
  // next-intl's ESM imports `next/navigation` without an extension, which only a bundler resolves.
  server: { deps: { inline: ['next-intl'] } },
}

// The same aliases as tsconfig.json.
const resolve = {
  alias: [
    { find: /^@\//, replacement: `${path.resolve(import.meta.dirname, 'src')}/` },
    { find: /^@scripts\//, replacement: `${path.resolve(import.meta.dirname, 'scripts')}/` },
    { find: '@payload-config', replacement: path.resolve(import.meta.dirname, 'payload.config.ts') },
  ],
}

export default defineConfig({
  resolve,
  test: {
    projects: realMongo
      ? [
          {
            extends: true,
            test: {
              ...shared,
              name: 'mongodb',
              exclude: databaseIndependent,
              setupFiles: ['tests/int/setup/mongodb.ts'],
            },
          },
        ]
      : [
          { extends: true, test: { ...shared, name: 'sqlite', setupFiles: ['tests/int/setup/sqlite.ts'] } },
          {
            extends: true,
            test: {
              ...shared,
              name: 'mongodb-emulator',
              exclude: [...databaseIndependent, ...needTransactions],
              globalSetup: ['tests/int/setup/congo-server.ts'],
              setupFiles: ['tests/int/setup/mongodb.ts'],
            },
          },
        ],
  },
})
