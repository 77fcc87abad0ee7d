import { readdirSync, readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'

import { sqliteOf } from './support/adapters'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let payload: Payload

beforeAll(async () => {
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true, key: randomUUID() })
})
afterAll(async () => {
  await payload?.destroy()
})

describe('SQLite migrations', () => {
  it('describe the schema the config asks for (run `npm run migrate:create -- name` after a change)', async () => {
    const db = sqliteOf(payload)
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = readdirSync('src/migrations')
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const committed = JSON.parse(readFileSync(`src/migrations/${latest}`, 'utf8'))
    const wanted = await generateDrizzleJson(db.schema)
    expect(await generateMigration(committed, wanted)).toEqual([])
  })
})
