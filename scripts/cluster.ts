/**
 * `npm run cluster`: the production shape on one machine. Redis (Next's shared cache and the
 * jobs lease), two production instances on one database and one media folder, and Varnish in
 * front (deploy/varnish/default.vcl, purged by the app on every change). Prints the addresses
 * and stays up until Ctrl-C.
 *
 * `-- --check` runs the scale test on it instead and stops everything it started:
 * publish through A → visible on B and through the proxy (10 publishes), an upload through B
 * read through A, instance A killed and restarted under load through the proxy, the proxy's
 * rate for a cached article against one instance's, and scheduled publishes that both
 * instances poll for, each of which must run once. `--quick` is the short version for CI.
 *
 * Ports: CLUSTER_PORT (default 4310) for the proxy, the next four for instance A, instance B
 * and Redis. It serves the e2e build (E2E_PORT names it) on a copy of the e2e database.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs'

import { run } from './run'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const readerPages = [
  '/nl',
  '/en',
  '/nl/artikelen/overbelaste-heup-bij-hardlopers',
  '/en/articles/overloaded-hip-in-runners',
  '/nl/oefeningen/schelpoefening',
  '/en/exercises/clamshell',
  '/nl/onderwerpen/heupblessures',
  '/en/topics/hip-injuries',
  '/sitemap.xml',
]

run(async () => {
  const check = process.argv.includes('--check')
  const quick = process.argv.includes('--quick')
  const base = Number(process.env.CLUSTER_PORT || 4310)
  if (!Number.isInteger(base) || base < 1024 || base > 65530)
    throw Object.assign(new Error(`CLUSTER_PORT "${process.env.CLUSTER_PORT}" is not a port from 1024 to 65530.`), {
      name: 'ConfigurationError',
    })
  const ports = { proxy: base, a: base + 1, b: base + 2, redis: base + 3 }

  const { copyDatabase, ensureBuild, startServer } = await import('./server/production')
  const { startRedis, startVarnish } = await import('./cluster/services')
  const checks = await import('./cluster/check')
  const { load } = await import('./bench/wrk')

  ensureBuild()
  const database = 'data/cluster.db'
  const media = 'data/cluster-media'
  copyDatabase(database)
  rmSync(media, { recursive: true, force: true })
  cpSync('data/e2e-media', media, { recursive: true })
  mkdirSync('data/cluster', { recursive: true })

  const stops: (() => Promise<void> | void)[] = []
  // At once: Ctrl-C reaches npm, tsx and this script together, and npm does not wait long.
  // Redis (the first) last, so that no instance logs a lost cache while stopping.
  const stopAll = async () => {
    const [first, ...rest] = stops.splice(0)
    await Promise.all(rest.map((stop) => stop()))
    await first?.()
  }
  // Held for the whole run, so that a second Ctrl-C (or npm's SIGTERM) cannot end the script
  // before it has stopped what it started.
  let interrupted: () => void = () => undefined
  const stopRequested = new Promise<void>((resolve) => (interrupted = resolve))
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => interrupted())
  try {
    const redis = await startRedis(ports.redis)
    stops.push(() => redis.stop())
    const proxy = `http://127.0.0.1:${ports.proxy}`
    const settings = {
      REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
      PURGE_URL: proxy,
      MEDIA_DIR: media,
      // Both instances poll the queue every second; the jobs lease lets one of them run it.
      JOBS_AUTORUN: 'true',
      JOBS_CRON: '* * * * * *',
    }
    const started = performance.now()
    const [a, b] = await Promise.all([
      startServer(database, ports.a, settings),
      startServer(database, ports.b, settings),
    ])
    const cluster = {
      a,
      b,
      proxy,
      restartA: () => startServer(database, ports.a, settings),
    }
    stops.push(
      () => cluster.a.stop(),
      () => cluster.b.stop(),
    )
    const varnish = await startVarnish(
      ports.proxy,
      [
        { name: 'a', port: ports.a },
        { name: 'b', port: ports.b },
      ],
      'data/cluster/varnish',
    )
    stops.push(() => varnish.stop())
    console.log(`cluster up in ${Math.round((performance.now() - started) / 1000)} s:`)
    console.log(`  proxy (Varnish)  ${proxy}/nl   (admin through it: ${proxy}/admin)`)
    console.log(`  instance A       ${a.origin}`)
    console.log(`  instance B       ${b.origin}`)
    console.log(`  Redis            redis://127.0.0.1:${ports.redis}`)
    console.log(`  database ${database}, media ${media}`)

    if (!check) {
      console.log('Ctrl-C stops it.')
      await stopRequested
      console.log('stopping the cluster')
      return
    }

    const failures: string[] = []
    const slow: string[] = []
    const token = await checks.signIn(a.origin)
    const rounds = quick ? 3 : 10

    console.log(`publish through A → visible on B and through the proxy (${rounds} publishes):`)
    const publish = await checks.publishToVisible(cluster, token, rounds)
    console.log(
      `publish → visible: on B median ${Math.round(publish.b.medianMs)} ms, max ${Math.round(publish.b.maxMs)} ms; ` +
        `through the proxy median ${Math.round(publish.proxy.medianMs)} ms, max ${Math.round(publish.proxy.maxMs)} ms (target ≤ ${checks.targets.publishMs} ms)`,
    )
    // Speed targets decide the full run only: the short one in npm test checks behaviour, not speed.
    if (publish.maxMs > checks.targets.publishMs) slow.push('publish → visible took longer than 1 s')

    const upload = await checks.uploadOnBReadOnA(cluster, token)
    console.log(
      `upload through B (${upload.url}): read through A ${upload.onA ? 'same bytes' : 'MISSING'}, through the proxy ${upload.throughProxy ? 'same bytes' : 'MISSING'}`,
    )
    if (!upload.onA || !upload.throughProxy) failures.push('an upload through B was not served by A and the proxy')

    Object.assign(process.env, { DATABASE_URI: `file:${database}`, PAYLOAD_SECRET: 'e2e-secret', MEDIA_DIR: media })
    const payload = await (await import('./load-payload')).loadPayload()
    const jobs = await checks.jobsRunOnce(cluster, token, payload, quick ? 4 : 10)
    console.log(`scheduled publishes: ${jobs.count} due at once, double runs ${jobs.doubleRuns}, missed ${jobs.missed}`)
    if (jobs.doubleRuns > 0 || jobs.missed > 0) failures.push('a scheduled publish ran twice or not at all')

    const seconds = quick ? 3 : 10
    const viaProxy = await load(`${proxy}${checks.articlePath}`, seconds)
    const direct = await load(`${cluster.b.origin}${checks.articlePath}`, seconds)
    const ratio = viaProxy.requestsPerSecond / Math.max(direct.requestsPerSecond, 0.001)
    console.log(
      `cached article: proxy ${Math.round(viaProxy.requestsPerSecond)} req/s (p99 ${Math.round(viaProxy.p99Ms)} ms), ` +
        `instance B ${Math.round(direct.requestsPerSecond)} req/s (p99 ${Math.round(direct.p99Ms)} ms): ${ratio.toFixed(1)}× (target ≥ ${checks.targets.proxyRatio}×)`,
    )
    if (ratio < checks.targets.proxyRatio) slow.push('the proxy served the cached article less than 10× faster')

    const killed = await checks.killUnderLoad(cluster, readerPages, quick ? 3000 : 5000)
    const failed = killed.errors
    console.log(
      `instance A killed at ${killed.killedAtS.toFixed(1)} s and back at ${killed.backAtS.toFixed(1)} s under load through the proxy: ` +
        `${killed.requests} requests in ${killed.seconds.toFixed(1)} s, failed requests ${failed} (target 0)`,
    )
    if (killed.detail) console.log(`  wrk: ${killed.detail}`)
    if (failed > checks.targets.failedRequests) failures.push('reader requests failed while an instance was down')

    if (slow.length) console.log(`targets missed: ${slow.join('; ')}`)
    if (!quick) failures.push(...slow)
    if (failures.length)
      throw Object.assign(new Error(`cluster check failed: ${failures.join('; ')}.`), { name: 'ConfigurationError' })
    console.log('cluster check: passed')
  } finally {
    await stopAll()
    await sleep(100)
  }
})
