import { randomUUID } from 'node:crypto'

import { getPayload, type Payload } from 'payload'

/** A Payload of this test file's own, on the database its setup file chose. */
export async function startPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config, key: randomUUID() })
}
