import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createBackup } from '@scripts/backup/backup'
import { createProgress } from '@scripts/backup/progress'
import { diskStore } from '@scripts/backup/mediaStore'
import type { IdMap } from '@scripts/backup/references'
import { restoreBackup } from '@scripts/backup/restore'
import { apiView, mediaChecksums, seedForBackup } from './support/backup'
import { testPassword } from './support/content'
import { startPayload } from './support/payload'
import { freePort } from './support/ports'

/**
 * A backup moves between the two databases: SQLite → MongoDB (through Payload's MongoDB
 * adapter, against the CongoDB emulator started here) → SQLite again. Every document gets an
 * id of the target's kind; apart from the ids, the API shows the same documents in both
 * languages, with every relation pointing at the same documents, and the media files are
 * byte for byte the same.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'heupfit-backup-across-'))
const quiet = createProgress(true)
let sqlite: Payload
let mongo: Payload
let sqliteBack: Payload
let congo: CongoServer
const media = { sqlite: '', mongo: path.join(scratch, 'mongo-media'), back: path.join(scratch, 'back-media') }

async function startOn(uri: string, mediaDir: string): Promise<Payload> {
  process.env.DATABASE_URI = uri
  process.env.MEDIA_DIR = mediaDir
  vi.resetModules()
  return startPayload()
}

/**
 * An empty field, which SQLite's adapter reads as null and MongoDB's leaves out; likewise a
 * version's flags, which MongoDB's adapter stores only when set.
 */
const versionFlags = new Set(['latest', 'autosave', 'snapshot'])
const isEmpty = (key: string, value: unknown) =>
  value === null || value === undefined || (versionFlags.has(key) && value === false)

/**
 * Makes two views comparable (the adapters' spelling of an empty field aside): each list of documents keyed by id, the ObjectIds replaced
 * by the SQLite ids they stand for (ObjectIds are unique strings, so nothing else is touched),
 * the version lists in a fixed order, and the global without its id.
 */
function comparable(view: Record<string, unknown>, objectIdToNumber: Map<string, number>) {
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string' && objectIdToNumber.has(value)) return objectIdToNumber.get(value)
    if (Array.isArray(value)) return value.map(replace)
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key, child]) => !isEmpty(key, child))
          .map(([key, child]) => [key, replace(child)]),
      )
    }
    return value
  }
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(replace(view) as Record<string, unknown>)) {
    if (!Array.isArray(value)) {
      // The global: its id is the target's own (nothing points at it).
      const { id: _id, ...global } = value as Record<string, unknown>
      result[key] = global
    } else if (key.includes('versions')) {
      const order = (v: { parent?: unknown; createdAt?: string; updatedAt?: string }) =>
        `${String(v.parent).padStart(24, '0')} ${v.createdAt} ${v.updatedAt} ${JSON.stringify(v)}`
      result[key] = [...value].sort((a, b) => order(a).localeCompare(order(b)))
    } else result[key] = Object.fromEntries(value.map((doc: { id: number }) => [doc.id, doc]))
  }
  return result
}

/** ObjectId → number, from a restore's id map (whichever side the numbers are on). */
function numbersOf(ids: IdMap | undefined, numbersAre: 'old' | 'new'): Map<string, number> {
  const map = new Map<string, number>()
  for (const byCollection of ids?.values() ?? []) {
    for (const [old, fresh] of byCollection) {
      if (numbersAre === 'old') map.set(String(fresh), Number(old))
      else map.set(old, Number(fresh))
    }
  }
  return map
}

/** Where two values differ, as paths with both sides (the first 20), so that a failure reads short. */
function differences(before: unknown, after: unknown, at = ''): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after)) {
    return [`${at}: ${JSON.stringify(before)?.slice(0, 120)} → ${JSON.stringify(after)?.slice(0, 120)}`]
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys.flatMap((key) => differences(before[key], after[key], `${at}/${key}`)).slice(0, 20)
}

function expectSame(before: Record<string, unknown>, after: Record<string, unknown>) {
  expect(differences(before, after)).toEqual([])
  // The content the comparison rests on is really there.
  expect(Object.keys(before['articles en'] as object).length).toBeGreaterThan(0)
  expect(Object.keys(before['redirects nl'] as object).length).toBeGreaterThan(0)
  expect(Object.keys(before['payload-jobs nl'] as object).length).toBe(1)
  expect((before['articles versions nl'] as unknown[]).length).toBeGreaterThan(2)
}

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  sqlite = await startPayload()
  media.sqlite = process.env.MEDIA_DIR ?? ''
  await seedForBackup(sqlite)
  const port = await freePort()
  congo = new CongoServer({ port, host: '127.0.0.1', storage: 'memory' })
  await congo.start()
  mongo = await startOn(`mongodb://127.0.0.1:${port}/heupfit_across`, media.mongo)
})
afterAll(async () => {
  vi.restoreAllMocks()
  for (const payload of [sqliteBack, mongo, sqlite]) await payload?.destroy().catch(() => undefined)
  await congo?.stop().catch(() => undefined)
})

describe('a backup restored into the other kind of database', () => {
  it('moves from SQLite into MongoDB: the same documents and relations under new ids, the same media files', async () => {
    const archive = path.join(scratch, 'from-sqlite.tar.gz')
    await createBackup(sqlite, { out: archive, media: diskStore(media.sqlite), progress: quiet })
    const summary = await restoreBackup(mongo, { file: archive, media: diskStore(media.mongo), progress: quiet })
    const objectIds = numbersOf(summary.ids, 'old')
    expect(objectIds.size).toBeGreaterThan(20)
    for (const objectId of objectIds.keys()) expect(objectId).toMatch(/^[0-9a-f]{24}$/)
    expectSame(comparable(await apiView(sqlite), new Map()), comparable(await apiView(mongo), objectIds))
    expect(await mediaChecksums(media.mongo)).toEqual(await mediaChecksums(media.sqlite))
  })

  it('moves from MongoDB back into SQLite the same way', async () => {
    const archive = path.join(scratch, 'from-mongo.tar.gz')
    await createBackup(mongo, { out: archive, media: diskStore(media.mongo), progress: quiet })
    sqliteBack = await startOn(`file:${path.join(scratch, 'back.db')}`, media.back)
    const summary = await restoreBackup(sqliteBack, { file: archive, media: diskStore(media.back), progress: quiet })
    const numbers = numbersOf(summary.ids, 'new')
    expectSame(comparable(await apiView(mongo), numbers), comparable(await apiView(sqliteBack), new Map()))
    expect(await mediaChecksums(media.back)).toEqual(await mediaChecksums(media.mongo))
  })

  it('keeps accounts working in the other database: a restored user signs in with its password', async () => {
    const { docs } = await mongo.find({ collection: 'users', where: { role: { equals: 'translator' } } })
    const signedIn = await mongo.login({
      collection: 'users',
      data: { email: docs[0]?.email ?? '', password: testPassword },
    })
    expect(signedIn.user?.id).toBe(docs[0]?.id)
  })
})
