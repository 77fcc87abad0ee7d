import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

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

beforeAll(async () => {
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
afterAll(() => {
  redis?.kill()
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
