import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ConfigurationError, type Environment } from './target'

const secretFile = path.join('data', '.payload-secret')

/**
 * PAYLOAD_SECRET signs logins. A configured database needs it set explicitly; on the embedded
 * default it is generated once and kept beside the database, so a fresh clone needs no .env.
 */
export function resolvePayloadSecret(env: Environment = process.env): string {
  const configured = env.PAYLOAD_SECRET?.trim()
  if (configured) return configured
  if (env.DATABASE_URI?.trim()) {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set: it is required whenever DATABASE_URI is set, so set it to a long random string (for example the output of `openssl rand -hex 32`).',
    )
  }
  const file = path.resolve(secretFile)
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}
