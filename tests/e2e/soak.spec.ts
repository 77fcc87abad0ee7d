import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'

/**
 * The short soak: `npm run soak -- --minutes 1` against this suite's build, on a database copy
 * and a port of its own: 50 readers over every page type in both languages while an editor and
 * a translator publish every 2 s. The ten-minute run (and its memory figure) is `npm run soak`.
 */
test('50 readers during a minute of publishing see no error, and every acknowledged publish is stored and visible', async ({
  baseURL,
}) => {
  test.setTimeout(6 * 60_000)
  const port = Number(new URL(baseURL ?? 'http://127.0.0.1:3917').port)
  let stdout = ''
  try {
    ;({ stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/soak.ts', '--minutes', '1'], {
      env: { ...process.env, E2E_PORT: String(port), SOAK_PORT: String(port + 3), FAULT_REUSE_BUILD: '1' },
      timeout: 5 * 60_000,
    }))
  } catch (error) {
    // The soak exits 1 when a read failed or a publish went missing: show what it printed.
    const { stdout: out, stderr } = error as { stdout?: string; stderr?: string }
    stdout = `${out ?? ''}\n${stderr ?? String(error)}`
  }
  console.log(stdout.trim())
  const lines = stdout.trim().split('\n')
  expect(lines.find((line) => line.startsWith('editor:'))).toMatch(/stored yes, visible yes$/)
  expect(lines.find((line) => line.startsWith('translator:'))).toMatch(/stored yes, visible yes$/)
  const summary = lines.find((line) => line.startsWith('requests ')) ?? ''
  expect(summary).toMatch(/^requests \d+, errors 0, /)
  expect(Number(/^requests (\d+)/.exec(summary)?.[1])).toBeGreaterThan(0)
  // Memory is reported, not judged: one minute is mostly the server warming up its caches, so
  // its growth says nothing about a leak (the ten-minute run's figure, from minute 2, does).
  expect(summary).toMatch(/memory from minute \d \d+ MiB to \d+ MiB \(-?\d+\.\d %\)$/)
})
