import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '@/cms/database/unavailable'
import { checkDatabase } from '@/cms/health/database'
import { sqliteOf } from './support/adapters'
import { startPayload } from './support/payload'
import { freePort } from './support/ports'

/**
 * The database goes away while the server runs, and comes back: every query in between fails
 * as "unavailable" (so the site answers 503, never a 500), and the same Payload works again
 * afterwards without a restart. On SQLite the file is moved away and back, or replaced by a
 * copy; on MongoDB the server (here the CongoDB emulator, on a port of its own) stops and
 * starts again.
 */
let payload: Payload
let congo: CongoServer | undefined
let congoPort = 0
const scratch = mkdtempSync(path.join(tmpdir(), 'heupfit-outage-'))
// On MongoDB (the emulator, or a real server) the outage is an emulator of this file's own.
const isEmulator = () => (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const sqliteFile = () => (process.env.DATABASE_URI ?? '').replace(/^file:/, '')

const startCongo = async () => {
  congo = new CongoServer({ port: congoPort, host: '127.0.0.1', storage: 'file', storagePath: scratch })
  await congo.start()
}

async function failure(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action()
  } catch (error) {
    return error
  }
  throw new Error('The query succeeded while the database was away.')
}

const topicCount = async () => (await payload.count({ collection: 'topics' })).totalDocs

beforeAll(async () => {
  if (isEmulator()) {
    congoPort = await freePort()
    await startCongo()
    process.env.DATABASE_URI = `mongodb://127.0.0.1:${congoPort}/heupfit_outage`
  }
  payload = await startPayload()
  await payload.create({ collection: 'topics', locale: 'nl', data: { name: 'Voor de storing', slug: 'voor' } })
})
afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
  await congo?.stop().catch(() => undefined)
})

describe('when the database goes away and comes back', () => {
  it('answers queries while it is there', async () => {
    expect(await topicCount()).toBe(1)
    expect((await checkDatabase(payload)).ok).toBe(true)
  })

  it('reports every query in the outage as "database unavailable", and readiness as not ok', async () => {
    if (isEmulator()) await congo?.stop()
    else renameSync(sqliteFile(), `${sqliteFile()}.away`)
    const error = await failure(() => topicCount())
    expect(isDatabaseUnavailable(error)).toBe(true)
    const write = await failure(() =>
      payload.create({ collection: 'topics', locale: 'nl', data: { name: 'Tijdens de storing', slug: 'tijdens' } }),
    )
    expect(isDatabaseUnavailable(write)).toBe(true)
    expect((await checkDatabase(payload, 10_000)).ok).toBe(false)
  }, 60_000)

  it('works again, with what was stored before, once the database is back, without a restart', async () => {
    if (isEmulator()) await startCongo()
    else renameSync(`${sqliteFile()}.away`, sqliteFile())
    let count: number | undefined
    for (let tries = 0; tries < 60 && count === undefined; tries += 1) {
      count = await topicCount().catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, 500))
        return undefined
      })
    }
    expect(count).toBe(1)
    await payload.create({ collection: 'topics', locale: 'nl', data: { name: 'Na de storing', slug: 'na' } })
    expect(await topicCount()).toBe(2)
    expect((await checkDatabase(payload)).ok).toBe(true)
  }, 60_000)

  // SQLite only: MongoDB has no file to copy into place (defined for SQLite only, not skipped elsewhere).
  if (!isEmulator())
    it('opens a database file copied into place (a restore) and writes into it, not into the old one', async () => {
      const file = sqliteFile()
      const copy = path.join(scratch, 'copy.db')
      // A consistent copy of the file with its log, as a restore from a backup would put there.
      const { client } = sqliteOf(payload)
      await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
      copyFileSync(file, copy)
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
      copyFileSync(copy, file)
      await payload.create({ collection: 'topics', locale: 'nl', data: { name: 'In de nieuwe file', slug: 'nieuw' } })
      const database = new DatabaseSync(file, { readOnly: true })
      const row = database.prepare("SELECT count(*) AS n FROM topics_locales WHERE slug = 'nieuw'").get() as {
        n: number
      }
      database.close()
      expect(row.n).toBe(1)
      // The connection opened anew has the durability settings too (2 is FULL).
      const synchronous = await client.execute('PRAGMA synchronous')
      expect(Object.values(synchronous.rows[0] ?? {})[0]).toBe(2)
    })
})
