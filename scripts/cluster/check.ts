/**
 * The scale test of `npm run cluster -- --check`: what several instances behind the proxy must
 * do, measured on the running cluster. Each step prints its figures; `targets` says which ones
 * missed.
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

import type { Payload } from 'payload'

import { parseWrk } from '../bench/wrk'
import { admin, lexical, type Server } from '../server/production'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const targets = { publishMs: 1000, proxyRatio: 10, failedRequests: 0, doubleRuns: 0, missedRuns: 0 }

/** The seeded English article every step reads. */
export const articlePath = '/en/articles/overloaded-hip-in-runners'

export interface Cluster {
  a: Server
  b: Server
  proxy: string
  /** Restarts instance A after a crash (same settings), and gives the new server. */
  restartA(): Promise<Server>
}

/**
 * fetch, once more when the server had just closed the kept-alive connection it was sent on
 * (Next closes idle ones after 5 s): that request never reached it.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code
    if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error
    return fetch(url, init)
  }
}

async function api<T>(origin: string, path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const { token, ...rest } = init
  const response = await send(`${origin}/api${path}`, {
    ...rest,
    headers: {
      ...(rest.body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
  })
  if (!response.ok)
    throw new Error(`${rest.method ?? 'GET'} ${origin}/api${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

export async function signIn(origin: string): Promise<string> {
  return (await api<{ token: string }>(origin, '/users/login', { method: 'POST', body: JSON.stringify(admin) })).token
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)] ?? 0

async function waitFor(url: string, marker: string, since: number): Promise<number> {
  for (;;) {
    const response = await fetch(url).catch(() => undefined)
    if (response && (await response.text()).includes(marker)) return performance.now() - since
    if (performance.now() - since > 30_000) throw new Error(`${url} did not show a publish within 30 s.`)
    await sleep(25)
  }
}

/** Publishes through A; how long until B and the proxy show it (from A's acknowledgement). */
export async function publishToVisible(cluster: Cluster, token: string, rounds: number) {
  const { docs } = await api<{ docs: { id: number; excerpt: string }[] }>(
    cluster.a.origin,
    '/articles?locale=en&depth=0&where[slug][equals]=overloaded-hip-in-runners',
    { token },
  )
  const article = docs[0]
  if (!article) throw new Error('The seeded article overloaded-hip-in-runners is missing from the cluster database.')
  const viaB: number[] = []
  const viaProxy: number[] = []
  // Both caches hold the page before the first publish: what is measured is the invalidation.
  await fetch(`${cluster.b.origin}${articlePath}`).then((r) => r.text())
  await fetch(`${cluster.proxy}${articlePath}`).then((r) => r.text())
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const marker = `cluster-${Date.now()}-${round}`
      await api(cluster.a.origin, `/articles/${article.id}?locale=en`, {
        method: 'PATCH',
        token,
        body: JSON.stringify({ excerpt: `${article.excerpt} ${marker}`, _status: 'published' }),
      })
      const since = performance.now()
      const [b, proxy] = await Promise.all([
        waitFor(`${cluster.b.origin}${articlePath}`, marker, since),
        waitFor(`${cluster.proxy}${articlePath}`, marker, since),
      ])
      viaB.push(b)
      viaProxy.push(proxy)
      console.log(
        `  publish ${round}/${rounds}: visible on B after ${Math.round(b)} ms, through the proxy after ${Math.round(proxy)} ms`,
      )
    }
  } finally {
    await api(cluster.a.origin, `/articles/${article.id}?locale=en`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ excerpt: article.excerpt, _status: 'published' }),
    })
  }
  const all = [...viaB, ...viaProxy]
  return {
    b: { medianMs: median(viaB), maxMs: Math.max(...viaB) },
    proxy: { medianMs: median(viaProxy), maxMs: Math.max(...viaProxy) },
    maxMs: Math.max(...all),
  }
}

/** An image uploaded through B is served by A and by the proxy, byte for byte. */
export async function uploadOnBReadOnA(cluster: Cluster, token: string) {
  const bytes = readFileSync('src/seed/media/articles/overloaded-hip.jpg')
  const form = new FormData()
  form.append('file', new Blob([bytes], { type: 'image/jpeg' }), `cluster-${Date.now()}.jpg`)
  form.append('_payload', JSON.stringify({ alt: 'Cluster upload check' }))
  const { doc } = await api<{ doc: { url: string } }>(cluster.b.origin, '/media?locale=nl', {
    method: 'POST',
    token,
    body: form,
  })
  const same = async (origin: string) => {
    // The URL is absolute on SITE_URL; the same path on each server.
    const response = await fetch(new URL(new URL(doc.url, origin).pathname, origin))
    return response.ok && Buffer.from(await response.arrayBuffer()).equals(bytes)
  }
  return { url: doc.url, onA: await same(cluster.a.origin), throughProxy: await same(cluster.proxy) }
}

/**
 * Readers load the proxy (every reader page type, both languages) while instance A is killed
 * with kill -9 and started again; an editor's publish purges the proxy every second meanwhile,
 * so that requests keep reaching the instances. Every request must succeed.
 */
export async function killUnderLoad(cluster: Cluster, pages: string[], holdMs: number) {
  const script = `data/cluster/readers.lua`
  writeFileSync(
    script,
    [
      `local paths = { ${pages.map((page) => JSON.stringify(page)).join(', ')} }`,
      'local i = 0',
      'request = function()',
      '  i = i + 1',
      '  return wrk.format("GET", paths[(i % #paths) + 1])',
      'end',
      '',
    ].join('\n'),
  )
  // Long enough for any restart; interrupted (SIGINT makes wrk print its report) once A is back.
  const wrk = spawn(
    'wrk',
    [
      '-t2',
      '-c20',
      '-d600s',
      '--latency',
      '--timeout',
      '10s',
      '-s',
      script,
      '-H',
      'Accept-Encoding: gzip',
      cluster.proxy,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let output = ''
  wrk.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const ended = new Promise<void>((resolve) => wrk.on('exit', () => resolve()))
  let purging = true
  const purger = (async () => {
    while (purging) {
      await fetch(cluster.proxy, { method: 'PURGE', headers: { 'xkey-purge': 'reader' } }).catch(() => undefined)
      await sleep(1000)
    }
  })()
  const started = performance.now()
  await sleep(holdMs)
  await cluster.a.crash()
  const killedAt = performance.now() - started
  await sleep(holdMs)
  cluster.a = await cluster.restartA()
  const backAt = performance.now() - started
  await sleep(holdMs)
  purging = false
  await purger
  wrk.kill('SIGINT')
  await ended
  const result = parseWrk(output)
  // What kind of failure, when there is one: wrk's own lines.
  const detail = output
    .split('\n')
    .filter((line) => /Socket errors|Non-2xx/.test(line))
    .map((line) => line.trim())
    .join('; ')
  return {
    ...result,
    detail,
    killedAtS: killedAt / 1000,
    backAtS: backAt / 1000,
    seconds: (performance.now() - started) / 1000,
  }
}

/**
 * N scheduled publishes, due at once, with both instances running the queue every second: each
 * must run exactly once and none may be missed. Payload deletes a job once it has run, so runs
 * are counted in the article's published versions, against what one publish through the API
 * adds (with a status per language, Payload writes more than one version per publish).
 * Queued and counted through a Payload of this script's own on the same database (the REST API
 * lets nobody queue jobs).
 */
export async function jobsRunOnce(cluster: Cluster, token: string, payload: Payload, count: number) {
  const publishedVersions = async (id: number) =>
    (
      await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
        limit: 1,
        depth: 0,
      })
    ).totalDocs
  const draft = async (title: string) =>
    (
      await api<{ doc: { id: number } }>(cluster.a.origin, '/articles?locale=nl&draft=true', {
        method: 'POST',
        token,
        body: JSON.stringify({ title, excerpt: 'Gepland', body: lexical('Gepland.'), _status: 'draft' }),
      })
    ).doc.id
  const stamp = Date.now()
  // What one publish writes, measured on an article of its own.
  const reference = await draft(`Referentie cluster ${stamp}`)
  await api(cluster.a.origin, `/articles/${reference}?locale=nl`, {
    method: 'PATCH',
    token,
    body: JSON.stringify({ _status: 'published' }),
  })
  const perPublish = await publishedVersions(reference)

  const ids: number[] = []
  for (let n = 1; n <= count; n += 1) ids.push(await draft(`Gepland cluster ${stamp} ${n}`))
  const waitUntil = new Date(Date.now() + 3000)
  for (const id of ids) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'nl', doc: { relationTo: 'articles', value: id } },
      waitUntil,
    })
  }
  // Due in 3 s; then every run that will happen has happened within a few ticks.
  const deadline = Date.now() + 60_000
  let runs: number[] = []
  for (;;) {
    runs = await Promise.all(ids.map(async (id) => (await publishedVersions(id)) / perPublish))
    if (runs.every((n) => n >= 1) || Date.now() > deadline) break
    await sleep(500)
  }
  await sleep(5000)
  runs = await Promise.all(ids.map(async (id) => (await publishedVersions(id)) / perPublish))
  return {
    count,
    perPublish,
    doubleRuns: runs.filter((n) => n > 1).length,
    missed: runs.filter((n) => n < 1).length,
  }
}
