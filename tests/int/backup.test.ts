import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { listFiles } from '@scripts/backup/archive'
import { createBackup } from '@scripts/backup/backup'
import { createProgress } from '@scripts/backup/progress'
import { diskStore } from '@scripts/backup/mediaStore'
import { contentIn, restoreBackup } from '@scripts/backup/restore'
import { apiView, mediaChecksums, seedForBackup } from './support/backup'
import { testPassword } from './support/content'
import { startPayload } from './support/payload'

/**
 * Backup → an empty database → restore: the same documents through the API, in both
 * languages, and the same media files, byte for byte. The target is a second database of the
 * same kind, started beside the first with its own DATABASE_URI and MEDIA_DIR.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'heupfit-backup-test-'))
const archive = path.join(scratch, 'site.tar.gz')
const quiet = createProgress(true)
let source: Payload
let target: Payload
let sourceMedia: string
let targetMedia: string

/** A second database of the same kind as the first, empty, with an empty media folder. */
async function startEmptyTarget(): Promise<Payload> {
  const uri = process.env.DATABASE_URI ?? ''
  process.env.DATABASE_URI = uri.startsWith('file:')
    ? `file:${path.join(scratch, 'target.db')}`
    : uri.replace(/\/([^/?]+)(\?|$)/, '/$1_restored$2')
  process.env.MEDIA_DIR = path.join(scratch, 'target-media')
  vi.resetModules()
  return startPayload()
}

beforeAll(async () => {
  source = await startPayload()
  sourceMedia = process.env.MEDIA_DIR ?? ''
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  await seedForBackup(source)
  await createBackup(source, { out: archive, media: diskStore(sourceMedia), progress: quiet })
  target = await startEmptyTarget()
  targetMedia = process.env.MEDIA_DIR ?? ''
})
afterAll(async () => {
  vi.restoreAllMocks()
  await target?.destroy()
  await source?.destroy()
})

describe('restoring a backup', () => {
  it('refuses a truncated archive, saying so, and leaves the database untouched', async () => {
    const truncated = path.join(scratch, 'truncated.tar.gz')
    const bytes = readFileSync(archive)
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expect(
      restoreBackup(target, { file: truncated, media: diskStore(targetMedia), progress: quiet }),
    ).rejects.toThrow(/truncated.*nothing was restored/)
    expect(await contentIn(target, diskStore(targetMedia))).toBeUndefined()
  })

  it('refuses an archive whose content no longer matches its checksums', async () => {
    const unpacked = path.join(scratch, 'tampered')
    await mkdir(unpacked, { recursive: true })
    await tar.x({ file: archive, cwd: unpacked })
    const articles = path.join(unpacked, 'data/collections/articles.json')
    await writeFile(articles, (await readFile(articles, 'utf8')).replace('Alleen Nederlands', 'Anders'))
    const tampered = path.join(scratch, 'tampered.tar.gz')
    await tar.c({ gzip: true, file: tampered, cwd: unpacked }, await listFiles(unpacked))
    await expect(
      restoreBackup(target, { file: tampered, media: diskStore(targetMedia), progress: quiet }),
    ).rejects.toThrow('data/collections/articles.json does not match its checksum')
    expect(await contentIn(target, diskStore(targetMedia))).toBeUndefined()
  })

  it('gives the same API output for every document in both languages, and the same media files', async () => {
    const summary = await restoreBackup(target, { file: archive, media: diskStore(targetMedia), progress: quiet })
    expect(summary.documents).toBeGreaterThan(20)
    const [before, after] = [await apiView(source), await apiView(target)]
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key])
    // The content the comparison rests on is really there.
    expect((before['articles en'] as unknown[]).length).toBeGreaterThan(0)
    expect(before['articles nl']).not.toEqual(before['articles en'])
    expect((before['redirects nl'] as unknown[]).length).toBeGreaterThan(0)
    expect((before['payload-jobs nl'] as unknown[]).length).toBe(1)
    expect((before['articles versions nl'] as unknown[]).length).toBeGreaterThan(2)
    const [sourceFiles, targetFiles] = [await mediaChecksums(sourceMedia), await mediaChecksums(targetMedia)]
    expect(Object.keys(sourceFiles).length).toBeGreaterThan(5)
    expect(targetFiles).toEqual(sourceFiles)
    expect(statSync(archive).size).toBeGreaterThan(0)
  })

  it('keeps accounts working: a restored user signs in with its password', async () => {
    const { docs } = await target.find({ collection: 'users', where: { role: { equals: 'translator' } } })
    const signedIn = await target.login({
      collection: 'users',
      data: { email: docs[0]?.email ?? '', password: testPassword },
    })
    expect(signedIn.user?.id).toBe(docs[0]?.id)
  })

  it('refuses a database that is no longer empty unless told --replace', async () => {
    await expect(
      restoreBackup(target, { file: archive, media: diskStore(targetMedia), progress: quiet }),
    ).rejects.toThrow(/The database is not empty .* add --replace/)
    await target.update({ collection: 'topics', where: {}, locale: 'nl', data: { name: 'Overschreven' } })
    await restoreBackup(target, { file: archive, media: diskStore(targetMedia), replace: true, progress: quiet })
    const topics = await target.find({ collection: 'topics', locale: 'nl', pagination: false })
    expect(topics.docs.map((topic) => topic.name)).not.toContain('Overschreven')
  })
})
