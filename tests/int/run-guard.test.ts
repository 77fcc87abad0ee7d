import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { unsupportedNodeMessage } from '@scripts/node-version'

const runHelper = path.resolve('scripts/run.ts')
const tsx = path.resolve('node_modules/.bin/tsx')

/** Runs a script whose main function is `body`, through the shared run helper, as npm would. */
function runScript(body: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'heupfit-run-')), 'script.ts')
  writeFileSync(file, `import { run } from ${JSON.stringify(runHelper)}\nrun(${body}, 'the test script')\n`)
  const result = spawnSync(tsx, [file], { encoding: 'utf8', timeout: 30_000 })
  return { code: result.status, stderr: result.stderr, stdout: result.stdout }
}

describe('a script never succeeds silently', () => {
  it('fails with one sentence when its main work can never finish', () => {
    const result = runScript('() => new Promise<void>(() => {})')
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      'the test script stopped before finishing its work (nothing was left to wait for): run it again.',
    )
  })

  it('still waits for work that is pending on a timer, and then succeeds', () => {
    const result = runScript(
      "() => new Promise<void>((resolve) => setTimeout(() => { console.log('finished'); resolve() }, 200))",
    )
    expect(result).toMatchObject({ code: 0, stdout: 'finished\n', stderr: '' })
  })

  it('ends with its error when the main work fails', () => {
    const result = runScript("async () => { throw new Error('the seed could not be read') }")
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('the seed could not be read')
  })
})

describe('the Node version', () => {
  it('names the version it needs when the one running is too old', () => {
    expect(unsupportedNodeMessage('20.20.2')).toMatch(/^Heupfit needs Node 24 or newer, and this is Node 20\.20\.2: /)
    expect(unsupportedNodeMessage('24.21.0')).toBeUndefined()
    expect(unsupportedNodeMessage('26.1.0')).toBeUndefined()
  })

  it('runs the suite on a supported Node', () => {
    expect(unsupportedNodeMessage()).toBeUndefined()
  })
})
