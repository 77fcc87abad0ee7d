import { getPayload, type Payload } from 'payload'
import { loadEnv } from 'payload/node'

import { assertDatabaseReachable } from '@/cms/database/reachable'
import { resolvePayloadSecret } from '@/cms/database/secret'
import { resolveDatabaseTarget } from '@/cms/database/target'

/**
 * Checks the database settings and reachability first (fast, with a clear message), then
 * starts Payload, which applies pending SQLite migrations.
 */
export async function loadPayload(): Promise<Payload> {
  // The same .env files that Next reads for the site.
  loadEnv()
  const target = resolveDatabaseTarget()
  resolvePayloadSecret()
  await assertDatabaseReachable(target)
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
