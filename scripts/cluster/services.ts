/**
 * The services `npm run cluster` runs beside the app instances, each a Debian program in a
 * process group of its own (stopped by group id, never by name): Redis, and Varnish with the
 * same deploy/varnish/default.vcl that deploy/compose.yaml runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface Service {
  name: string
  process: ChildProcess
  stop(): void
}

/** Starts a program in a process group of its own, its output in data/cluster/<log>. */
function group(name: string, command: string, args: string[], log: string): Service {
  mkdirSync('data/cluster', { recursive: true })
  const out = openSync(path.join('data/cluster', log), 'w')
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out] })
  closeSync(out)
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, sig)
    } catch {
      // already gone
    }
  }
  process.on('exit', () => signal('SIGKILL'))
  return { name, process: child, stop: () => signal('SIGTERM') }
}

/** Resolves once something accepts connections on the port. */
export async function listening(port: number, what: string, child?: ChildProcess, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) while starting.`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => resolve(true))
      socket.once('error', () => resolve(false))
    }).catch(() => false)
    if (open) return
    if (Date.now() > deadline) throw new Error(`${what} did not listen on port ${port} within ${ms / 1000} s.`)
    await sleep(100)
  }
}

const missing = (what: string, hint: string) =>
  Object.assign(new Error(`npm run cluster needs ${what}: ${hint}.`), { name: 'ConfigurationError' })

function need(program: string, hint: string): void {
  if (spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0) throw missing(program, hint)
}

const vmodDirs = [
  '/usr/lib/x86_64-linux-gnu/varnish/vmods',
  '/usr/lib/aarch64-linux-gnu/varnish/vmods',
  '/usr/lib/varnish/vmods',
]

/** Redis with nothing written to disk: the cache is rebuilt from the database when lost. */
export async function startRedis(port: number): Promise<Service> {
  need('redis-server', 'apt-get install redis-server')
  const redis = group(
    'Redis',
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    'redis.log',
  )
  await listening(port, 'redis-server', redis.process)
  return redis
}

export interface Backend {
  name: string
  port: number
}

/** Varnish in front of the instances; backends.vcl names them (deploy/varnish/backends.compose.vcl in compose). */
export async function startVarnish(port: number, backends: Backend[], workDir: string): Promise<Service> {
  need('varnishd', 'apt-get install varnish varnish-modules')
  if (!vmodDirs.some((dir) => existsSync(path.join(dir, 'libvmod_xkey.so'))))
    throw missing('Varnish’s xkey module', 'apt-get install varnish-modules')
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  writeFileSync(
    path.join(workDir, 'backends.vcl'),
    [
      ...backends.map(
        (backend) =>
          `backend ${backend.name} { .host = "127.0.0.1"; .port = "${backend.port}"; .probe = ready; .connect_timeout = 1s; .first_byte_timeout = 30s; }`,
      ),
      'acl purgers { "127.0.0.1"; }',
      'sub vcl_init {',
      '  new app = directors.round_robin();',
      ...backends.map((backend) => `  app.add_backend(${backend.name});`),
      '}',
      '',
    ].join('\n'),
  )
  const config = path.resolve('deploy/varnish')
  const varnish = group(
    'Varnish',
    'varnishd',
    [
      '-F',
      '-j',
      'none',
      '-n',
      path.resolve(workDir, 'varnish'),
      '-a',
      `127.0.0.1:${port}`,
      '-T',
      'none',
      '-f',
      path.join(config, 'default.vcl'),
      '-p',
      `vcl_path=${path.resolve(workDir)}:${config}:/usr/share/varnish/vcl`,
      '-s',
      'malloc,256m',
    ],
    'varnish.log',
  )
  await listening(port, 'varnishd', varnish.process, 30_000)
  return varnish
}
