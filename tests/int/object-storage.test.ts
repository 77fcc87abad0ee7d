import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createBackup } from '@scripts/backup/backup'
import { bucketStore } from '@scripts/backup/mediaStore'
import { createProgress } from '@scripts/backup/progress'
import { restoreBackup } from '@scripts/backup/restore'
import { resolveObjectStorage, type ObjectStorage } from '@/cms/storage/objectStorage'
import { seed } from '@/seed'
import { startPayload } from './support/payload'

/**
 * Media on object storage (S3_BUCKET), against s3rver: an S3-compatible server from npm that
 * runs inside this test, a stand-in for AWS S3 or MinIO speaking the same API to the same SDK.
 */
const complete = {
  S3_BUCKET: 'heupfit-media',
  S3_REGION: 'eu-west-1',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
}

const settings: { case: string; env: Record<string, string>; outcome: RegExp | 'disk' | 'bucket' }[] = [
  { case: 'no S3 setting at all', env: {}, outcome: 'disk' },
  { case: 'bucket, region and keys', env: complete, outcome: 'bucket' },
  {
    case: 'an S3-compatible endpoint with path-style addresses',
    env: { ...complete, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' },
    outcome: 'bucket',
  },
  {
    case: 'keys without a bucket',
    env: { S3_ACCESS_KEY_ID: 'key' },
    outcome: /S3_ACCESS_KEY_ID is set but S3_BUCKET is not/,
  },
  {
    case: 'a bucket without keys',
    env: { S3_BUCKET: 'heupfit-media' },
    outcome: /also needs S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY\.$/,
  },
  {
    case: 'a bucket name S3 refuses',
    env: { ...complete, S3_BUCKET: 'Heupfit_Media' },
    outcome: /is not a bucket name/,
  },
  {
    case: 'an endpoint that is no address',
    env: { ...complete, S3_ENDPOINT: 'minio' },
    outcome: /S3_ENDPOINT "minio" is not an address/,
  },
  {
    case: 'path style neither true nor false',
    env: { ...complete, S3_FORCE_PATH_STYLE: 'yes' },
    outcome: /use true .* or false\.$/,
  },
]

describe(`object storage settings (${settings.length} cases)`, () => {
  for (const { case: name, env, outcome } of settings) {
    it(`${name}: ${outcome === 'disk' ? 'media stay on disk' : outcome === 'bucket' ? 'media go to the bucket' : 'start-up stops with one sentence'}`, () => {
      if (outcome === 'disk') expect(resolveObjectStorage(env)).toBeNull()
      else if (outcome === 'bucket') expect(resolveObjectStorage(env)?.bucket).toBe(env.S3_BUCKET)
      else {
        expect(() => resolveObjectStorage(env)).toThrow(outcome)
        expect(() => resolveObjectStorage(env)).toThrow(/^[^\n]+\.$/)
      }
    })
  }
})

const scratch = mkdtempSync(path.join(tmpdir(), 'heupfit-s3-test-'))
let server: S3rver
let payload: Payload
let storage: ObjectStorage
let restoredStorage: ObjectStorage

/** A second Payload beside the first: its own (empty) database, another bucket on the stand-in. */
async function payloadOn(bucket: string, database: string): Promise<Payload> {
  Object.assign(process.env, { S3_BUCKET: bucket, DATABASE_URI: `file:${path.join(scratch, database)}` })
  vi.resetModules()
  return startPayload()
}

beforeAll(async () => {
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(scratch, 's3') })
  const { port } = await server.run()
  Object.assign(process.env, {
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    MEDIA_DIR: path.join(scratch, 'media-that-stays-empty'),
  })
  storage = resolveObjectStorage({ ...process.env, S3_BUCKET: 'heupfit-media' }) as ObjectStorage
  restoredStorage = { ...storage, bucket: 'heupfit-restored' }
  const s3 = new S3Client(storage.config)
  for (const Bucket of [storage.bucket, restoredStorage.bucket]) await s3.send(new CreateBucketCommand({ Bucket }))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  process.env.S3_BUCKET = storage.bucket
  vi.resetModules()
  payload = await startPayload()
  await seed(payload)
}, 300_000)

afterAll(async () => {
  vi.restoreAllMocks()
  await payload?.destroy()
  await server?.close()
  for (const name of [
    'S3_BUCKET',
    'S3_ENDPOINT',
    'S3_REGION',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
    'S3_FORCE_PATH_STYLE',
  ])
    delete process.env[name]
})

/** Every file the media documents name: the original and each generated size. */
async function filesNamedByMedia(on: Payload): Promise<string[]> {
  const { docs } = await on.find({ collection: 'media', pagination: false, depth: 0 })
  return docs
    .flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)])
    .filter((name): name is string => Boolean(name))
    .sort()
}

describe('media on object storage', () => {
  it('the seed writes every media file and every image size to the bucket, nothing to the disk', async () => {
    const named = await filesNamedByMedia(payload)
    expect(named.length).toBeGreaterThan(50)
    expect(await bucketStore(storage).list()).toEqual(named)
    const disk = process.env.MEDIA_DIR ?? ''
    expect(existsSync(disk) ? readdirSync(disk, { recursive: true }) : []).toEqual([])
  })

  it('a file read back from the bucket is the file uploaded', async () => {
    const { docs } = await payload.find({ collection: 'media', where: { mimeType: { equals: 'text/vtt' } }, limit: 1 })
    const name = docs[0]?.filename ?? ''
    const object = await new S3Client(storage.config).send(new GetObjectCommand({ Bucket: storage.bucket, Key: name }))
    expect(await object.Body?.transformToString()).toMatch(/^WEBVTT/)
  })

  it('backup reads the media from the bucket, and restore writes them into another one, byte for byte', async () => {
    const archive = path.join(scratch, 'site.tar.gz')
    const quiet = createProgress(true)
    const backedUp = await createBackup(payload, { out: archive, media: bucketStore(storage), progress: quiet })
    const named = await filesNamedByMedia(payload)
    expect(backedUp.mediaFiles).toBe(named.length)

    const target = await payloadOn(restoredStorage.bucket, 'restored.db')
    try {
      const restored = await restoreBackup(target, {
        file: archive,
        media: bucketStore(restoredStorage),
        progress: quiet,
      })
      expect(restored.mediaFiles).toBe(named.length)
      expect(restored.mediaBytes).toBe(backedUp.mediaBytes)
      expect(await bucketStore(restoredStorage).list()).toEqual(named)
      expect(await filesNamedByMedia(target)).toEqual(named)
    } finally {
      await target.destroy()
    }
  }, 300_000)
})
