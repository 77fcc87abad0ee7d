/**
 * `npm run bench -- --articles 2000`: how the site grows with its content. On a database of its
 * own (./data/bench-growth.db), seeded, then brought to 10, 200 and 2,000 articles (only the
 * steps up to the number given, and that number) with synthetic articles and exercises in both
 * languages (scripts/bench/synthetic.ts). At each step: `next build` (time, peak memory, pages
 * prerendered), then the cached and uncached article, library, topic, search and sitemap, the
 * admin's list view and the REST API's first page. `--quick`: shorter loads and fewer rounds.
 */
import { type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { admin, api, env, expireAll, machine, origin, percentile, sleep, startServer, table } from './common'
import { groupCpuMs, measure, stopGroup } from './processes'
import { load } from './wrk'

/** The steps of the issue (10 → 200 → 2,000 articles); a run stops at the number it is given. */
const steps = [10, 200, 2000]

const distDir = '.next-growth'

const growthEnv: NodeJS.ProcessEnv = {
  ...env,
  DATABASE_URI: 'file:./data/bench-growth.db',
  MEDIA_DIR: './data/bench-growth-media',
  JOBS_AUTORUN: 'false',
  // A build folder of its own: the e2e suite's and the page bench's builds in .next stay usable.
  NEXT_DIST_DIR: distDir,
}

/** The seed has one article; the rest of each step is synthetic. */
const seedArticles = 1

interface Figure {
  /** e.g. 'article (prerendered)' */
  page: string
  path: string
  /** Served from the cache under load. */
  requestsPerSecond: number
  p99Ms: number
  cpuMsPerRequest: number
  /** The first request after every cache tag expired (or, for a page never rendered, its first request). */
  uncachedMs: number
  htmlGzipBytes: number
}

interface Step {
  articles: number
  exercises: number
  seedSeconds: number
  build: { seconds: number; peakBytes: number; prerenderedPages: number }
  pages: Figure[]
  sitemaps: number
  adminListMs: number
  apiFirstPageMs: number
}

async function timed(path: string, headers: Record<string, string> = {}): Promise<{ ms: number; body: Buffer }> {
  const started = performance.now()
  const response = await fetch(`${origin}${path}`, { headers })
  const body = Buffer.from(await response.arrayBuffer())
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
  return { ms: performance.now() - started, body }
}

async function median(path: string, rounds: number, headers: Record<string, string> = {}): Promise<number> {
  const times: number[] = []
  for (let round = 0; round < rounds; round += 1) times.push((await timed(path, headers)).ms)
  return percentile(times, 50)
}

/** The HTML pages `next build` wrote (prerendered), counted in its server/app folder. */
function prerenderedPages(): number {
  const walk = (dir: string): number =>
    readdirSync(dir).reduce((sum, entry) => {
      const path = join(dir, entry)
      return sum + (statSync(path).isDirectory() ? walk(path) : entry.endsWith('.html') ? 1 : 0)
    }, 0)
  return existsSync(`${distDir}/server/app`) ? walk(`${distDir}/server/app`) : 0
}

async function measurePage(
  server: ChildProcess,
  page: string,
  path: string,
  seconds: number,
  rounds: number,
  neverRendered = false,
): Promise<Figure> {
  let uncachedMs: number
  if (neverRendered) {
    uncachedMs = (await timed(path)).ms
  } else {
    const times: number[] = []
    for (let round = 0; round < rounds; round += 1) {
      await expireAll()
      times.push((await timed(path)).ms)
    }
    uncachedMs = percentile(times, 50)
  }
  const { body } = await timed(path)
  await load(`${origin}${path}`, 1)
  const cpuBefore = server.pid ? groupCpuMs(server.pid) : 0
  const result = await load(`${origin}${path}`, seconds)
  const cpuMs = server.pid ? groupCpuMs(server.pid) - cpuBefore : 0
  return {
    page,
    path,
    requestsPerSecond: result.requestsPerSecond,
    p99Ms: result.p99Ms,
    cpuMsPerRequest: cpuMs / Math.max(1, result.requests),
    uncachedMs,
    htmlGzipBytes: gzipSync(body).length,
  }
}

async function measureStep(articles: number, quick: boolean, seedSeconds: number): Promise<Step> {
  const seconds = quick ? 3 : 5
  const rounds = quick ? 3 : 5
  console.log(`bench: next build at ${articles} articles`)
  // A fresh build folder: the data cache of the step before must not be served.
  rmSync(distDir, { recursive: true, force: true })
  const built = await measure('npx', ['next', 'build'], growthEnv)
  const build = { ...built, prerenderedPages: prerenderedPages() }

  const server = await startServer(growthEnv)
  try {
    const { token } = await api<{ token: string }>('/users/login', { method: 'POST', body: JSON.stringify(admin) })
    const auth = { Authorization: `JWT ${token}` }
    const count = async (collection: string) =>
      (await api<{ totalDocs: number }>(`/${collection}?limit=1&depth=0&locale=nl`, { token })).totalDocs
    const exercises = await count('exercises')
    // The oldest synthetic article is never among the prerendered newest.
    const oldest = articles > seedArticles ? '/nl/artikelen/bench-artikel-1' : null
    const pages: Figure[] = []
    const add = async (page: string, path: string, neverRendered = false) => {
      pages.push(await measurePage(server, page, path, seconds, rounds, neverRendered))
      console.log(`bench: ${articles} articles, ${page}: done`)
    }
    await add('article (prerendered)', '/nl/artikelen/overbelaste-heup-bij-hardlopers')
    if (oldest) await add('article (first request)', oldest, true)
    await add('library', '/nl/oefeningen')
    await add('library, filtered', '/nl/oefeningen?type=strength&difficulty=beginner')
    await add('topic', '/nl/onderwerpen/krachttraining')
    await add('search', '/nl/zoeken?q=heup')
    await add('sitemap index', '/sitemap.xml')
    await add('sitemap 0', '/sitemaps/sitemap/0.xml')
    const index = (await timed('/sitemap.xml')).body.toString('utf8')
    const sitemaps = (index.match(/<sitemap>/g) ?? []).length
    const adminListMs = await median('/admin/collections/articles', rounds, { Cookie: `payload-token=${token}` })
    const apiFirstPageMs = await median('/api/articles?limit=10&locale=nl', rounds * 2, auth)
    return { articles, exercises, seedSeconds, build, pages, sitemaps, adminListMs, apiFirstPageMs }
  } finally {
    stopGroup(server)
    // Let the port go before the next step's server starts.
    await sleep(2000)
  }
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`

function report(results: Step[], about: string, quick: boolean): void {
  const header = ['figure', ...results.map((step) => `${step.articles} articles`)]
  const row = (name: string, value: (step: Step) => string) => [name, ...results.map(value)]
  const pageNames = [...new Set(results.flatMap((step) => step.pages.map((page) => page.page)))]
  const of = (step: Step, name: string) => step.pages.find((page) => page.page === name)
  const rows = [
    header,
    row('exercises', (step) => String(step.exercises)),
    row('seed + synthetic content', (step) => `${Math.round(step.seedSeconds)} s`),
    row('next build', (step) => `${Math.round(step.build.seconds)} s`),
    row('next build peak memory', (step) => `${(step.build.peakBytes / 2 ** 30).toFixed(2)} GB`),
    row('pages prerendered', (step) => String(step.build.prerenderedPages)),
    ...pageNames.flatMap((name) => [
      row(`${name}: cached req/s`, (step) => {
        const page = of(step, name)
        return page ? String(Math.round(page.requestsPerSecond)) : '–'
      }),
      row(`${name}: CPU/req`, (step) => {
        const page = of(step, name)
        return page ? `${page.cpuMsPerRequest.toFixed(2)} ms` : '–'
      }),
      row(`${name}: uncached`, (step) => {
        const page = of(step, name)
        return page ? ms(page.uncachedMs) : '–'
      }),
      row(`${name}: HTML gz`, (step) => {
        const page = of(step, name)
        return page ? `${(page.htmlGzipBytes / 1024).toFixed(1)} KB` : '–'
      }),
    ]),
    row('sitemaps in the index', (step) => String(step.sitemaps)),
    row('admin list view (GET /admin/collections/articles)', (step) => ms(step.adminListMs)),
    row('REST first page (GET /api/articles?limit=10)', (step) => ms(step.apiFirstPageMs)),
  ]
  console.log(`\nHeupfit growth bench (${quick ? 'quick' : 'full'}) on ${about}\n`)
  console.log(table(rows))
  if (results.length >= 2) {
    const [before, after] = results.slice(-2)
    const contentRatio = after.articles / before.articles
    const grew = (a: number, b: number) => (a > 0 ? b / a : 1)
    const checks: [string, number][] = [
      ['next build', grew(before.build.seconds, after.build.seconds)],
      ...pageNames.flatMap((name): [string, number][] => {
        const a = of(before, name)
        const b = of(after, name)
        return a && b ? [[`${name}, uncached`, grew(a.uncachedMs, b.uncachedMs)]] : []
      }),
      ['admin list view', grew(before.adminListMs, after.adminListMs)],
      ['REST first page', grew(before.apiFirstPageMs, after.apiFirstPageMs)],
    ]
    console.log(
      `\nFrom ${before.articles} to ${after.articles} articles (${contentRatio.toFixed(0)}× the content), each grew:`,
    )
    console.log(
      table([
        ['figure', 'grew', 'linear or less'],
        ...checks.map(([name, ratio]) => [name, `${ratio.toFixed(2)}×`, ratio <= contentRatio ? 'ok' : 'MISSED']),
      ]),
    )
  }
}

/** `--articles N [--quick]`. */
export async function growthFromArgs(args: string[]): Promise<void> {
  const count = args[args.indexOf('--articles') + 1]
  const unknown = args.filter((arg, index) => !['--articles', '--quick'].includes(arg) && args[index - 1] !== '--articles')
  if (!/^[1-9]\d*$/.test(count ?? '') || unknown.length)
    throw new Error('npm run bench -- --articles N [--quick]: N is the number of articles, e.g. --articles 2000')
  await growth(Number(count), args.includes('--quick'))
}

export async function growth(articles: number, quick: boolean): Promise<void> {
  const about = await machine()
  console.log(`bench: growth to ${articles} articles on ${about}`)
  const sizes = [...steps.filter((size) => size < articles), articles]
  for (const suffix of ['', '-wal', '-shm']) rmSync(`data/bench-growth.db${suffix}`, { force: true })
  rmSync('data/bench-growth-media', { recursive: true, force: true })
  const seeded = await measure('npx', ['tsx', 'scripts/seed.ts'], growthEnv)

  const results: Step[] = []
  for (const size of sizes) {
    const added = await measure(
      'npx',
      ['tsx', 'scripts/bench/add-synthetic.ts', String(Math.max(0, size - seedArticles))],
      growthEnv,
    )
    const seedSeconds = added.seconds + (results.length === 0 ? seeded.seconds : 0)
    results.push(await measureStep(size, quick, seedSeconds))
  }
  report(results, about, quick)
  mkdirSync('bench', { recursive: true })
  writeFileSync(
    'bench/growth.json',
    JSON.stringify({ measuredAt: new Date().toISOString(), machine: about, quick, steps: results }, null, 2),
  )
  console.log('bench: written to bench/growth.json')
  // Read back so that a broken write fails here rather than in the README's figures.
  JSON.parse(readFileSync('bench/growth.json', 'utf8'))
}
