import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkServices } from '@scripts/server/services'

/** A port nothing listens on, for a Redis that is not there. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

let redis: ChildProcess
let redisPort: number
let closedPort: number
// s3rver: an S3-compatible server from npm, a stand-in for S3 or MinIO.
let s3: S3rver
let s3Port: number

/** S3 settings for a bucket on the stand-in. */
const bucket = (name: string, keys = 'S3RVER') => ({
  S3_BUCKET: name,
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: keys,
  S3_SECRET_ACCESS_KEY: keys,
  S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
  S3_FORCE_PATH_STYLE: 'true',
})

beforeAll(async () => {
  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), 'heupfit-s3-')),
  })
  s3Port = (await s3.run()).port
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${s3Port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  await client.send(new CreateBucketCommand({ Bucket: 'heupfit-media' }))
  redisPort = await freePort()
  closedPort = await freePort()
  // Debian's redis-server, as npm run cluster and production run it.
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', ''], { stdio: 'ignore' })
  for (let tries = 0; tries < 100; tries += 1) {
    if (
      await checkServices({ REDIS_URL: `redis://127.0.0.1:${redisPort}` }).then(
        () => true,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
})
afterAll(async () => {
  redis?.kill()
  await s3?.close()
})

const cases: { case: string; env: () => Record<string, string>; outcome: RegExp | 'starts' }[] = [
  { case: 'no Redis and no proxy (one server)', env: () => ({}), outcome: 'starts' },
  { case: 'a Redis that answers', env: () => ({ REDIS_URL: `redis://127.0.0.1:${redisPort}` }), outcome: 'starts' },
  { case: 'a proxy address', env: () => ({ PURGE_URL: 'http://varnish:80/' }), outcome: 'starts' },
  {
    case: 'REDIS_URL that is no Redis address',
    env: () => ({ REDIS_URL: 'http://cache:6379' }),
    outcome: /is not a Redis address/,
  },
  {
    case: 'a Redis that does not answer',
    env: () => ({ REDIS_URL: `redis://user:hunter2@127.0.0.1:${closedPort}` }),
    outcome: /^Redis at REDIS_URL redis:\/\/…@127\.0\.0\.1:\d+ did not answer \(.*\): start it, or unset REDIS_URL/,
  },
  { case: 'a media bucket that exists and takes the keys', env: () => bucket('heupfit-media'), outcome: 'starts' },
  {
    case: 'a media bucket that does not exist',
    env: () => bucket('nowhere'),
    outcome: /"nowhere" at http:\/\/127\.0\.0\.1:\d+ cannot be used: it does not exist there: create it\.$/,
  },
  {
    case: 'keys the store refuses',
    env: () => bucket('heupfit-media', 'wrong'),
    outcome: /cannot be used: it refused S3_ACCESS_KEY_ID/,
  },
  {
    case: 'a store that does not answer',
    env: () => ({ ...bucket('heupfit-media'), S3_ENDPOINT: `http://127.0.0.1:${closedPort}` }),
    outcome: /cannot be used: it did not answer .*: check S3_ENDPOINT\.$/,
  },
  {
    case: 'PURGE_URL that is no address',
    env: () => ({ PURGE_URL: 'varnish' }),
    outcome: /PURGE_URL "varnish" is not an address/,
  },
]

describe(`Redis and proxy settings at start-up (${cases.length} cases)`, () => {
  for (const { case: name, env, outcome } of cases) {
    it(`${name}: ${outcome === 'starts' ? 'the server starts' : 'start-up stops with one sentence'}`, async () => {
      if (outcome === 'starts') await expect(checkServices(env())).resolves.toBeUndefined()
      else {
        const error = await checkServices(env()).catch((caught: Error) => caught)
        expect(error).toBeInstanceOf(Error)
        expect((error as Error).name).toBe('ConfigurationError')
        expect((error as Error).message).toMatch(outcome)
        expect((error as Error).message).not.toContain('hunter2')
      }
    })
  }
})
