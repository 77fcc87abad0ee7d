import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'

/**
 * The short crash test: `npm run fault -- --kills 1` against this suite's build, on a database
 * copy and a port of its own. The full five kills are `npm run fault`.
 */
test('a server killed with kill -9 in the middle of saves and publishes loses no acknowledged write', async ({
  baseURL,
}) => {
  test.setTimeout(5 * 60_000)
  const port = Number(new URL(baseURL ?? 'http://127.0.0.1:3917').port)
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/fault.ts', '--kills', '1'], {
    env: { ...process.env, E2E_PORT: String(port), FAULT_PORT: String(port + 1), FAULT_REUSE_BUILD: '1' },
    timeout: 4 * 60_000,
  }).catch((error: { stdout?: string }) => {
    // The per-kill lines say which write went missing; the failure itself only says how many.
    console.log(error.stdout)
    throw error
  })
  const lines = stdout.trim().split('\n')
  console.log(lines.join('\n'))
  expect(lines.at(-1)).toBe('lost 0')
  const round = lines.find((line) => line.startsWith('kill 1/1'))
  expect(round).toMatch(
    /acknowledged (\d+), present \1, lost 0; integrity_check ok \(journal wal\); after restart \/nl 200, ready 200/,
  )
  expect(Number(/acknowledged (\d+)/.exec(round ?? '')?.[1])).toBeGreaterThan(0)
})
