/**
 * Regenerates src/payload-types.ts and the admin's import map from the config. Payload's CLI
 * can exit 0 having done nothing (payloadcms/payload#16381), so this calls the same functions
 * directly and checks the files.
 */
import { statSync } from 'node:fs'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import { run } from './run'

run(async () => {
  const { default: configPromise } = await import('../payload.config')
  const config = await configPromise
  const started = Date.now()
  await generateTypes(config, { log: false })
  await generateImportMap(config, { force: true, log: false })
  for (const file of [config.typescript.outputFile, 'src/app/(payload)/admin/importMap.js']) {
    if (!file || statSync(file).mtimeMs < started - 1000) throw new Error(`${file} was not written`)
    console.log(`wrote ${file}`)
  }
})
