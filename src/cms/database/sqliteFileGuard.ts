import { accessSync, constants, statSync } from 'node:fs'

import { createClient, type Client, type Config } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { DatabaseUnavailableError } from './unavailable'

/** What every connection to the file is opened with (the README's durability section says why). */
export const sqlitePragmas = ['PRAGMA busy_timeout = 5000', 'PRAGMA journal_mode = WAL', 'PRAGMA synchronous = FULL']

type Identity = { dev: number; ino: number }

/** The file now at the path, or the reason it cannot be used. */
function identify(file: string): Identity | { missing: string } {
  try {
    const { dev, ino } = statSync(file)
    accessSync(file, constants.R_OK | constants.W_OK)
    return { dev, ino }
  } catch (error) {
    return { missing: (error as NodeJS.ErrnoException).code ?? 'unreadable' }
  }
}

/**
 * A libsql client that checks, before each statement, that the database file it has open is
 * still the one at its path. An open SQLite connection goes on reading and writing a file
 * that was deleted or moved away (its inode), so a save would be acknowledged into a file nobody
 * will ever open again. Instead, while nothing usable is at the path, every statement fails
 * with DatabaseUnavailableError (the site answers 503); once a file is back, the client goes on
 * (the same file moved back) or opens the new one (a file copied into place, e.g. restored).
 */
export class GuardedSqliteClient implements Client {
  readonly protocol = 'file'
  #current: Client | undefined
  #opened: Identity | undefined
  #opening: Promise<Client> | undefined

  constructor(
    readonly file: string,
    readonly config: Config,
  ) {}

  get closed(): boolean {
    return this.#current?.closed ?? false
  }

  /** Opens the file at the path (SQLite makes it when there is none), with the pragmas. */
  async #open(): Promise<Client> {
    const client = createClient(this.config)
    for (const pragma of sqlitePragmas) await client.execute(pragma)
    const identity = identify(this.file)
    if ('missing' in identity) {
      client.close()
      throw new DatabaseUnavailableError(`The SQLite database file ${this.file} cannot be opened.`)
    }
    const previous = this.#current
    this.#current = client
    this.#opened = identity
    previous?.close()
    return client
  }

  async #ready(): Promise<Client> {
    const now = identify(this.file)
    // A file that was never there is made by the first open (a fresh database); one that was
    // open and is now gone is an outage.
    if ('missing' in now) {
      if (this.#opened) {
        throw new DatabaseUnavailableError(`The SQLite database file ${this.file} cannot be used (${now.missing}).`)
      }
    } else if (this.#current && this.#opened?.dev === now.dev && this.#opened.ino === now.ino) {
      return this.#current
    }
    this.#opening ??= this.#open().finally(() => {
      this.#opening = undefined
    })
    return this.#opening
  }

  async execute(...args: Parameters<Client['execute']>) {
    return (await this.#ready()).execute(...args)
  }
  async batch(...args: Parameters<Client['batch']>) {
    return (await this.#ready()).batch(...args)
  }
  async migrate(...args: Parameters<Client['migrate']>) {
    return (await this.#ready()).migrate(...args)
  }
  async transaction(...args: Parameters<Client['transaction']>) {
    return (await this.#ready()).transaction(...args)
  }
  async executeMultiple(sql: string) {
    return (await this.#ready()).executeMultiple(sql)
  }
  async sync() {
    return (await this.#ready()).sync()
  }
  close() {
    this.#current?.close()
    this.#current = undefined
    this.#opened = undefined
  }
}

/** The SQLite adapter, its client guarded (set before Payload connects, which then keeps it). */
export function withFileGuard(
  adapter: DatabaseAdapterObj<SQLiteAdapter>,
  file: string,
  config: Config,
): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      instance.client = new GuardedSqliteClient(file, config)
      return instance
    },
  }
}
