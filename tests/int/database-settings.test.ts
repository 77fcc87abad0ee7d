import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { resolvePayloadSecret } from '@/cms/database/secret'
import { ConfigurationError, resolveDatabaseTarget } from '@/cms/database/target'
import { jobsCron } from '@/cms/jobs/schedule'

describe('choosing the database from DATABASE_URI', () => {
  it('uses the embedded SQLite file under ./data when unset', () => {
    expect(resolveDatabaseTarget({})).toMatchObject({ kind: 'sqlite', url: 'file:data/heupfit.db' })
  })

  it('uses SQLite for file: and MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(resolveDatabaseTarget({ DATABASE_URI: 'file:./data/other.db' }).kind).toBe('sqlite')
    expect(
      resolveDatabaseTarget({ DATABASE_URI: 'mongodb://u:p@db1:27017,db2:27017/heupfit?replicaSet=rs0' }),
    ).toMatchObject({
      kind: 'mongodb',
      hosts: 'db1:27017,db2:27017',
    })
    expect(resolveDatabaseTarget({ DATABASE_URI: 'mongodb+srv://u:p@cluster0.example.net/heupfit' })).toMatchObject({
      kind: 'mongodb',
      hosts: 'cluster0.example.net',
    })
  })

  it.each([
    ['postgres://admin:hunter2@db.example.com/heupfit', /starts with postgres:/],
    ['mongodb://admin:hunter2@bad host/heupfit', /not a valid MongoDB connection string/],
    ['mongodb://admin:hunter2@db.example.com:99999/heupfit', /not a valid MongoDB connection string/],
    ['mongodb+srv://admin:hunter2@db.example.com:27017/heupfit', /not a valid MongoDB connection string/],
    ['heupfit.db', /cannot use/],
  ])('refuses %s with one sentence that says what to set, without the password', (uri, message) => {
    let error: unknown
    try {
      resolveDatabaseTarget({ DATABASE_URI: uri })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    const text = (error as Error).message
    expect(text).toMatch(message)
    expect(text).toMatch(/DATABASE_URI/)
    expect(text).not.toContain('hunter2')
  })
})

describe('PAYLOAD_SECRET', () => {
  const cwd = process.cwd()
  afterEach(() => process.chdir(cwd))

  it('is required when DATABASE_URI is set', () => {
    expect(() => resolvePayloadSecret({ DATABASE_URI: 'mongodb://db/heupfit' })).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('is generated once and kept under ./data on the embedded default', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'heupfit-secret-'))
    process.chdir(dir)
    resolveDatabaseTarget({})
    const first = resolvePayloadSecret({})
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolvePayloadSecret({})).toBe(first)
    expect(readFileSync(path.join(dir, 'data/.payload-secret'), 'utf8')).toBe(first)
    expect(existsSync(path.join(dir, 'data/heupfit.db'))).toBe(false)
  })
})

describe('JOBS_CRON', () => {
  it('defaults to every minute and accepts a seconds field', () => {
    expect(jobsCron(undefined)).toBe('* * * * *')
    expect(jobsCron(' */2 * * * * * ')).toBe('*/2 * * * * *')
  })

  it('refuses a malformed schedule with one sentence, instead of never running the queue', () => {
    expect(() => jobsCron('every minute')).toThrow(ConfigurationError)
    expect(() => jobsCron('61 * * * *')).toThrow(
      /^JOBS_CRON "61 \* \* \* \*" is not a cron expression .*: use five fields/,
    )
  })
})
