/**
 * The production server that `npm run fault` and `npm run soak` drive: the end-to-end build
 * (scripts/e2e-server.sh seeds ./data/e2e.db and builds when stale) served by `next start` on a
 * copy of that database of its own, so that neither script touches the e2e content.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'

/** The port the build was made for (its SITE_URL); the server may listen on another. */
export const buildPort = Number(process.env.E2E_PORT || 3917)
export const admin = { email: 'admin@heupfit.local', password: 'e2e-admin-password' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Seeds the e2e database and builds when stale. FAULT_REUSE_BUILD=1 skips both when a build
 * exists (the e2e suite runs the short fault test beside its own server, which must not see
 * its database re-seeded).
 */
export function ensureBuild(): void {
  if (process.env.FAULT_REUSE_BUILD === '1' && existsSync('.next/BUILD_ID') && existsSync('data/e2e.db')) return
  const result = spawnSync('bash', ['scripts/e2e-server.sh'], {
    env: { ...process.env, PORT: String(buildPort), E2E_BUILD_ONLY: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (result.status !== 0) throw new Error('scripts/e2e-server.sh could not seed and build the site.')
}

/** A fresh copy of the seeded e2e database (and no leftover log) at `file`. */
export function copyDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
  copyFileSync('data/e2e.db', file)
  if (existsSync('data/e2e.db-wal')) copyFileSync('data/e2e.db-wal', `${file}-wal`)
}

export interface Server {
  process: ChildProcess
  origin: string
  /** kill -9 of the whole process group, as a crash or an OOM kill would. */
  crash(): Promise<void>
  /** SIGTERM (SIGKILL after 10 s); resolves once the port no longer answers. */
  stop(): Promise<void>
}

/** Waits until nothing answers on the server's port any more. */
async function gone(origin: string): Promise<void> {
  for (;;) {
    try {
      await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(1000) })
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return
    }
    await sleep(200)
  }
}

/** Settings on top of the e2e build's (npm run cluster: Redis, the proxy, a shared media folder). */
export type ServerSettings = Record<string, string>

export async function startServer(file: string, port: number, settings: ServerSettings = {}): Promise<Server> {
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${file}`,
      PAYLOAD_SECRET: 'e2e-secret',
      MEDIA_DIR: './data/e2e-media',
      SITE_URL: `http://127.0.0.1:${buildPort}`,
      NEXT_TELEMETRY_DISABLED: '1',
      JOBS_AUTORUN: 'false',
      DISABLE_LOGGING: 'true',
      // What this server regenerates stays in its memory: written into the shared .next, the
      // soak's and fault's articles would show up in the e2e server's pages and sitemap.
      ISR_FLUSH_TO_DISK: '0',
      PORT: String(port),
      ...settings,
    },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const origin = `http://127.0.0.1:${port}`
  let stopping = false
  // A server that ends by itself is a finding: say so, with how it ended.
  child.on('exit', (code, cause) => {
    if (!stopping) console.error(`The server on port ${port} ended by itself (exit ${code}, signal ${cause}).`)
  })
  const signal = (name: NodeJS.Signals) => {
    stopping = true
    try {
      if (child.pid) process.kill(-child.pid, name)
    } catch {
      // already gone
    }
  }
  process.on('exit', () => signal('SIGKILL'))
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The server on port ${port} exited (${child.exitCode}) while starting.`)
    try {
      if ((await fetch(`${origin}/api/health/ready`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server on port ${port} was not ready within 3 minutes.`)
    await sleep(250)
  }
  return {
    process: child,
    origin,
    async crash() {
      stopping = true
      signal('SIGKILL')
      await gone(origin)
    },
    async stop() {
      stopping = true
      signal('SIGTERM')
      const timer = setTimeout(() => signal('SIGKILL'), 10_000)
      await gone(origin)
      clearTimeout(timer)
    },
  }
}

export async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`Signing in as ${admin.email} failed (${response.status}).`)
  return body.token
}

/** A one-paragraph Lexical body, as the admin's editor saves it. */
export function lexical(text: string) {
  const node = { format: '', indent: 0, version: 1, direction: 'ltr' }
  return {
    root: {
      ...node,
      type: 'root',
      children: [
        {
          ...node,
          type: 'paragraph',
          textFormat: 0,
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}
