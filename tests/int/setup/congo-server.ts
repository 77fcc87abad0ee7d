import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'
import type { TestProject } from 'vitest/node'

import { freePort } from '../support/ports'

declare module 'vitest' {
  export interface ProvidedContext {
    congoUri: string
  }
}

/** Starts the in-process MongoDB wire-protocol emulator once for the mongodb-emulator project. */
export default async function startCongo(project: TestProject) {
  const port = await freePort()
  const server = new CongoServer({ port, host: '127.0.0.1', storage: 'memory' })
  await server.start()
  project.provide('congoUri', `mongodb://127.0.0.1:${port}`)
  return () => server.stop()
}
