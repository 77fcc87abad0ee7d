import { createServer } from 'node:net'

import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    congoUri: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Starts the in-process MongoDB wire-protocol emulator once for the mongodb-emulator project. */
export default async function startCongo(project: TestProject) {
  const port = await freePort()
  const server = new CongoServer({ port, host: '127.0.0.1', storage: 'memory' })
  await server.start()
  project.provide('congoUri', `mongodb://127.0.0.1:${port}`)
  return () => server.stop()
}
