import { mkdirSync } from 'node:fs'
import path from 'node:path'

/** Raised for a setting that cannot work; its message is one sentence that says what to fix. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

export type DatabaseTarget =
  { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string; hosts: string }

/** The settings this module reads (process.env, or a plain object in tests). */
export type Environment = Record<string, string | undefined>

export const defaultSqliteFile = path.join('data', 'heupfit.db')

const mongoPattern = /^(mongodb(?:\+srv)?):\/\/(?:[^@/?#]*@)?([^/?#]*)(?:\/[^?#]*)?(?:\?[^#]*)?$/
const hostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/

const supported =
  'set DATABASE_URI to mongodb://…, mongodb+srv://… or file:./data/heupfit.db, or leave it unset for the embedded SQLite database'

/** Only the scheme and host of a URI, never its user name or password. */
function describe(uri: string): string {
  return uri.replace(/\/\/[^@/?#]*@/, '//…@').slice(0, 80)
}

function mongoTarget(uri: string): DatabaseTarget {
  const match = mongoPattern.exec(uri)
  const hosts = match?.[2] ?? ''
  const hostList = hosts.split(',')
  const valid =
    hosts !== '' &&
    hostList.every((host) => {
      const port = hostPattern.exec(host)?.[1]
      return hostPattern.test(host) && (port === undefined || Number(port) <= 65535)
    }) &&
    (match?.[1] !== 'mongodb+srv' || (hostList.length === 1 && !hosts.includes(':')))
  if (!match || !valid) {
    throw new ConfigurationError(
      `DATABASE_URI "${describe(uri)}" is not a valid MongoDB connection string: write it as mongodb://user:password@host:27017/heupfit or mongodb+srv://user:password@cluster.example.net/heupfit.`,
    )
  }
  return { kind: 'mongodb', url: uri, hosts }
}

function sqliteTarget(url: string): DatabaseTarget {
  const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  if (!file) throw new ConfigurationError(`DATABASE_URI "file:" names no file: ${supported}.`)
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  } catch (error) {
    throw new ConfigurationError(
      `The folder for the SQLite database "${file}" cannot be created (${(error as Error).message}): point DATABASE_URI at a writable place.`,
    )
  }
  return { kind: 'sqlite', url: `file:${file}`, file }
}

/** Reads DATABASE_URI: MongoDB for mongodb:// and mongodb+srv://, SQLite for file: or nothing. */
export function resolveDatabaseTarget(env: Environment = process.env): DatabaseTarget {
  const uri = env.DATABASE_URI?.trim()
  if (!uri) return sqliteTarget(`file:${defaultSqliteFile}`)
  if (/^mongodb(\+srv)?:/i.test(uri)) return mongoTarget(uri)
  if (uri.startsWith('file:')) return sqliteTarget(uri)
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0] ?? `"${describe(uri)}"`
  throw new ConfigurationError(`DATABASE_URI starts with ${scheme}, which Heupfit cannot use: ${supported}.`)
}
