import { getPayload, type Payload } from 'payload'

import { assertDatabaseReachable } from '../src/cms/database/reachable'
import { resolvePayloadSecret } from '../src/cms/database/secret'
import { resolveDatabaseTarget } from '../src/cms/database/target'

/**
 * Checks the database settings and reachability first (fast, with a clear message), then
 * starts Payload, which applies pending SQLite migrations.
 */
export async function loadPayload(): Promise<Payload> {
  const target = resolveDatabaseTarget()
  resolvePayloadSecret()
  await assertDatabaseReachable(target)
  const { default: config } = await import('../payload.config')
  return getPayload({ config })
}
