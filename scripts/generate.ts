/**
 * Regenerates src/payload-types.ts and the admin's import map from the config. Payload's CLI
 * can exit 0 having done nothing (payloadcms/payload#16381), so this calls the same functions
 * directly and checks the files.
 */
import { existsSync, readFileSync } from 'node:fs'

import { run } from './run'

run(async () => {
  const [{ generateImportMap }, { generateTypes }] = await Promise.all([import('payload'), import('payload/node')])
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const files = [config.typescript.outputFile, 'src/app/(payload)/admin/importMap.js']
  const before = files.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : null))
  await generateTypes(config, { log: false })
  await generateImportMap(config, { force: true, log: false })
  files.forEach((file, index) => {
    if (!existsSync(file)) throw new Error(`${file} was not written`)
    console.log(`${readFileSync(file, 'utf8') === before[index] ? 'up to date' : 'wrote'} ${file}`)
  })
})
