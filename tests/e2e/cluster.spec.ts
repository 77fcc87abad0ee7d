import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'

/**
 * The short multi-instance test: `npm run cluster -- --check --quick` against this suite's build
 * (Redis, two instances on one copy of the e2e database, Varnish in front), on ports of its own.
 * The full run with the speed targets is `npm run cluster -- --check`.
 */
test('two instances behind the proxy show a publish everywhere, share uploads, run each scheduled publish once and lose no reader when one dies', async ({
  baseURL,
}) => {
  test.setTimeout(8 * 60_000)
  const port = Number(new URL(baseURL ?? 'http://127.0.0.1:3917').port)
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/cluster.ts', '--check', '--quick'], {
    env: { ...process.env, E2E_PORT: String(port), CLUSTER_PORT: String(port + 3), FAULT_REUSE_BUILD: '1' },
    timeout: 7 * 60_000,
    maxBuffer: 1 << 22,
  })
  const lines = stdout.trim().split('\n')
  console.log(lines.join('\n'))
  const line = (start: string) => lines.find((text) => text.startsWith(start)) ?? ''

  // A publish through A reached B and the proxy (each waited for at most 30 s).
  expect(line('publish → visible:')).toMatch(/on B median \d+ ms, max \d+ ms; through the proxy median \d+ ms/)
  expect(line('upload through B')).toMatch(/read through A same bytes, through the proxy same bytes$/)
  expect(line('scheduled publishes:')).toBe('scheduled publishes: 4 due at once, double runs 0, missed 0')
  expect(line('instance A killed')).toMatch(/: (\d+) requests in [\d.]+ s, failed requests 0 \(target 0\)$/)
  expect(Number(/: (\d+) requests in/.exec(line('instance A killed'))?.[1])).toBeGreaterThan(0)
  expect(lines.at(-1)).toBe('cluster check: passed')
})
