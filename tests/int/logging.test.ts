import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { createLogger, requestContext } from '@/cms/logging/logger'
import { requestIdHeader, withRequestId } from '@/cms/logging/requestId'

/** A logger writing JSON lines into an array, as production writes them to stdout. */
function capture(env: Record<string, string> = { NODE_ENV: 'production' }) {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean))
      done()
    },
  })
  return { logger: createLogger(env, sink), lines }
}

describe('structured logs', () => {
  it('writes one JSON object per line in production, with the request id while a request is served', () => {
    const { logger, lines } = capture()
    requestContext.run({ requestId: 'req-12345678' }, () => logger.info('saving an article'))
    logger.info('between requests')
    const [during, after] = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(during).toMatchObject({ msg: 'saving an article', requestId: 'req-12345678', level: 30 })
    expect(typeof during?.time).toBe('string')
    expect(after?.requestId).toBeUndefined()
  })

  it('never writes passwords, hashes, tokens or session cookies', () => {
    const { logger, lines } = capture()
    logger.info({
      data: { email: 'editor@example.com', password: 'hunter2-password' },
      user: { hash: 'abcdef-hash', salt: 'salty-salt' },
      req: { headers: { authorization: 'JWT eyJ-secret-token', cookie: 'payload-token=eyJ-cookie' } },
      token: 'reset-token-value',
    })
    const failed = new Error(
      'Failed query: insert into "users" ("email", "hash") values (?, ?)\nparams: editor@example.com,abcdef-hash',
    )
    logger.error({ err: failed }, 'save failed')
    const output = lines.join('\n')
    for (const secret of [
      'hunter2-password',
      'abcdef-hash',
      'salty-salt',
      'eyJ-secret-token',
      'eyJ-cookie',
      'reset-token-value',
    ]) {
      expect(output).not.toContain(secret)
    }
    expect(output).toContain('[redacted]')
    expect(output).toContain('insert into \\"users\\"')
  })

  it('writes readable lines in development', () => {
    const { logger, lines } = capture({ NODE_ENV: 'development', LOG_FORMAT: 'pretty' })
    logger.info('hello')
    expect(lines[0]).toMatch(/INFO.*hello/)
    expect(() => JSON.parse(lines[0] ?? '')).toThrow()
  })
})

describe('request ids', () => {
  const handler = withRequestId(
    async () => new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } }),
    () => logged.logger,
  )
  let logged = capture()

  it('answers with a new request id and logs method, path, status and duration under it', async () => {
    logged = capture()
    const response = await handler(new Request('http://site/api/articles?token=abc', { method: 'POST' }), {})
    const id = response.headers.get(requestIdHeader)
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.status).toBe(201)
    const line = JSON.parse(logged.lines[0] ?? '{}') as Record<string, unknown>
    expect(line).toMatchObject({ requestId: id, method: 'POST', path: '/api/articles', status: 201 })
    expect(logged.lines[0]).not.toContain('token=abc')
  })

  it('keeps the id the proxy in front gave, and replaces one that is not an id', async () => {
    logged = capture()
    const kept = await handler(
      new Request('http://site/api/x', { headers: { [requestIdHeader]: 'nginx-0123456789abcdef' } }),
      {},
    )
    expect(kept.headers.get(requestIdHeader)).toBe('nginx-0123456789abcdef')
    const replaced = await handler(
      new Request('http://site/api/x', { headers: { [requestIdHeader]: 'not an id; drop table' } }),
      {},
    )
    expect(replaced.headers.get(requestIdHeader)).toMatch(/^[0-9a-f-]{36}$/)
  })
})
