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

  it('index every table of localized values by its document, which each read looks up', async () => {
    const { generateDrizzleJson } = sqliteOf(payload).requireDrizzleKit()
    const { tables } = (await generateDrizzleJson(sqliteOf(payload).schema)) as {
      tables: Record<string, { columns: Record<string, unknown>; indexes: Record<string, { columns: string[] }> }>
    }
    // A table of localized values: one row per document (`_parent_id`) and locale (`_locale`).
    const localized = Object.entries(tables).filter(
      ([, table]) => '_parent_id' in table.columns && '_locale' in table.columns,
    )
    console.log(`${localized.length} tables of localized values`)
    expect(localized.length).toBeGreaterThan(5)
    for (const [name, table] of localized) {
      const leading = Object.values(table.indexes).map((index) => index.columns[0])
      expect(leading, name).toContain('_parent_id')
    }
  })
})
