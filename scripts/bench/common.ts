/** What the page bench (main.ts) and the growth bench (growth.ts) share: the server, its address, the cache. */
import { execFile, type ChildProcess } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { promisify } from 'node:util'

import { siteCacheTags } from '@/cms/hooks/revalidateSite'
import { startGroup, stopGroup } from './processes'

const exec = promisify(execFile)
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const port = Number(process.env.BENCH_PORT || 3950)
export const origin = `http://127.0.0.1:${port}`
export const secret = 'bench-secret'
export const admin = { email: 'admin@heupfit.local', password: 'bench-admin-password' }

/** The bench's own database, media folder and address: a developer's content is never touched. */
export const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(port),
  DATABASE_URI: 'file:./data/bench.db',
  PAYLOAD_SECRET: secret,
  MEDIA_DIR: './data/bench-media',
  SITE_URL: origin,
  SEED_ADMIN_EMAIL: admin.email,
  SEED_ADMIN_PASSWORD: admin.password,
  NEXT_TELEMETRY_DISABLED: '1',
}


/** Every tag the site caches under (the glossary's too). */
const allTags = Object.values(siteCacheTags)

/** Expires every cache tag through the server's signed endpoint (src/app/(site)/api/revalidate). */
export async function expireAll(): Promise<void> {
  const signature = createHmac('sha256', secret).update(`revalidate:${allTags.join(',')}`).digest('hex')
  const response = await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-heupfit-revalidate': signature },
    body: JSON.stringify({ tags: allTags }),
  })
  if (!response.ok) throw new Error(`POST /api/revalidate: ${response.status} ${await response.text()}`)
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}


export async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const response = await fetch(`${origin}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
  })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}


export function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n')
}

export async function machine(): Promise<string> {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  const { stdout } = await exec('wrk', ['--version']).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }))
  return `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, load average ${load} at start; Node ${process.version}; ${stdout.split('\n')[0].trim()}`
}

/** `next start` on the bench's database, once it answers. */
export async function startServer(serverEnv: NodeJS.ProcessEnv = env): Promise<ChildProcess> {
  const server = startGroup('npx', ['next', 'start', '-p', String(port)], serverEnv)
  process.on('exit', () => stopGroup(server))
  const deadline = Date.now() + 120_000
  for (;;) {
    const up = await fetch(`${origin}/nl`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) return server
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}) before answering on ${origin}`)
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${origin} within 2 minutes`)
    await sleep(500)
  }
}

