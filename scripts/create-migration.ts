/**
 * `npm run migrate:create -- name`: writes a SQLite migration for the changes in the config
 * since the last one, and checks that the file exists (Payload's CLI can exit 0 having done
 * nothing: payloadcms/payload#16381).
 */
import { readdirSync } from 'node:fs'

import { run } from './run'

run(async () => {
  const [{ getPayload }, { ConfigurationError, resolveDatabaseTarget }] = await Promise.all([
    import('payload'),
    import('@/cms/database/target'),
  ])
  if (resolveDatabaseTarget().kind !== 'sqlite') {
    throw new ConfigurationError('Migrations are for the SQLite database: unset DATABASE_URI to create one.')
  }
  const name = process.argv[2]?.replace(/\W+/g, '_') || 'change'
  const before = new Set(readdirSync('src/migrations'))
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
  await payload.db.createMigration({ migrationName: name, payload, skipEmpty: true, forceAcceptWarning: true })
  const added = readdirSync('src/migrations').filter((file) => !before.has(file))
  if (added.length === 0) console.log('No schema changes since the last migration: nothing written.')
  else console.log(`wrote ${added.map((file) => `src/migrations/${file}`).join(', ')}`)
})
