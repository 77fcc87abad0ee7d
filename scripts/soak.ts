/**
 * `npm run soak -- [--minutes N]` (default 10): the production server under readers and editors
 * at once. 50 readers walk every page type in both languages; an editor saves and publishes
 * every 2 s; a translator publishes English translations. Prints per minute requests, errors,
 * p50/p99 latency and the server's memory (RSS of its process group); at the end whether every
 * acknowledged publish is stored and visible on the site, and the memory growth from minute 2.
 * It measures; it exits 1 only when a read failed or a publish went missing.
 */
import { readdirSync, readFileSync } from 'node:fs'

import { run } from './run'

const readers = 50
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** RSS in MiB of every process in the server's process group (npx, next-server). */
function groupRss(pgid: number): number {
  let kib = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kib / 1024)
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0

run(async () => {
  const index = process.argv.indexOf('--minutes')
  const minutes = index >= 0 ? Number(process.argv[index + 1]) : 10
  if (!(minutes > 0)) throw new Error('--minutes takes a number of minutes greater than 0.')
  const port = Number(process.env.SOAK_PORT || 4303)
  const { copyDatabase, ensureBuild, lexical, signIn, startServer } = await import('./server/production')
  const file = 'data/soak.db'
  ensureBuild()
  copyDatabase(file)
  const server = await startServer(file, port)
  const origin = server.origin
  const token = await signIn(origin)
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  const json = async <T>(path: string, init: RequestInit = {}) => {
    const response = await fetch(`${origin}/api${path}`, { ...init, headers })
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api${path}: ${response.status}`)
    return (await response.json()) as T
  }

  // Every page type in both languages, from what the database holds.
  type Slugged = { docs: { id: number; slug?: string }[] }
  const pages: string[] = [
    '/nl',
    '/en',
    '/nl/oefeningen',
    '/en/exercises',
    '/nl/zoeken?q=heup',
    '/en/search?q=hip',
    '/sitemap.xml',
  ]
  const segments = {
    articles: ['artikelen', 'articles'],
    exercises: ['oefeningen', 'exercises'],
    topics: ['onderwerpen', 'topics'],
  }
  for (const [collection, [nl, en]] of Object.entries(segments)) {
    for (const [locale, segment] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      // Topics have no drafts (and no _status to filter on).
      const published = collection === 'topics' ? '' : '&where[_status][equals]=published'
      const { docs } = await json<Slugged>(`/${collection}?locale=${locale}&depth=0&limit=50${published}`)
      for (const doc of docs) if (doc.slug) pages.push(`/${locale}/${segment}/${doc.slug}`)
    }
  }

  // The editor's article and the one the translator translates, made for this run.
  const make = (title: string) =>
    json<{ doc: { id: number } }>('/articles?locale=nl', {
      method: 'POST',
      body: JSON.stringify({
        title,
        slug: title.toLowerCase().replaceAll(' ', '-'),
        excerpt: title,
        body: lexical(title),
        _status: 'published',
      }),
    })
  const edited = (await make('Soak redactie')).doc.id
  const translated = (await make('Soak vertaling')).doc.id

  const samples: { at: number; ms: number; ok: boolean }[] = []
  const published = { editor: 0, translator: 0 }
  const started = Date.now()
  const end = started + minutes * 60_000
  let running = true

  const reader = async (r: number) => {
    for (let i = r; running; i += 1) {
      const page = pages[i % pages.length] ?? '/nl'
      const begin = performance.now()
      let ok = false
      try {
        const response = await fetch(`${origin}${page}`)
        await response.arrayBuffer()
        ok = response.status === 200
      } catch {
        ok = false
      }
      samples.push({ at: Date.now(), ms: performance.now() - begin, ok })
    }
  }
  const every2s = async (offset: number, step: (n: number) => Promise<void>) => {
    await sleep(offset)
    for (let n = 1; running; n += 1) {
      const begin = Date.now()
      await step(n).catch((error: Error) => console.log(`  write ${n} failed: ${error.message}`))
      await sleep(Math.max(0, 2000 - (Date.now() - begin)))
    }
  }
  const editor = every2s(0, async (n) => {
    const publish = n % 2 === 0
    await json(`/articles/${edited}?locale=nl${publish ? '' : '&draft=true'}`, {
      method: 'PATCH',
      body: JSON.stringify({
        title: `Soak redactie ${n}`,
        slug: 'soak-redactie',
        body: lexical(`Versie ${n}`),
        _status: publish ? 'published' : 'draft',
      }),
    })
    if (publish) published.editor = n
  })
  const translator = every2s(1000, async (n) => {
    await json(`/articles/${translated}?locale=en`, {
      method: 'PATCH',
      body: JSON.stringify({
        title: `Soak translation ${n}`,
        slug: 'soak-translation',
        excerpt: `Translation ${n}`,
        body: lexical(`Translation ${n}`),
        _status: 'published',
      }),
    })
    published.translator = n
  })
  const pgid = server.process.pid ?? 0
  const rss: number[] = []
  const readersDone = Promise.all(Array.from({ length: readers }, (_, r) => reader(r)))

  console.log(
    `${readers} readers over ${pages.length} pages, an editor and a translator publishing every 2 s, for ${minutes} min`,
  )
  console.log('minute  requests  errors  p50 ms  p99 ms  RSS MiB')
  for (let minute = 1; Date.now() < end; minute += 1) {
    const until = Math.min(started + minute * 60_000, end)
    await sleep(until - Date.now())
    const window = samples.filter((s) => s.at > until - 60_000 && s.at <= until)
    const times = window.map((s) => s.ms).sort((a, b) => a - b)
    rss.push(groupRss(pgid))
    console.log(
      `${String(minute).padStart(6)}  ${String(window.length).padStart(8)}  ${String(window.filter((s) => !s.ok).length).padStart(6)}  ${String(Math.round(percentile(times, 50) ?? 0)).padStart(6)}  ${String(Math.round(percentile(times, 99) ?? 0)).padStart(6)}  ${String(rss.at(-1)).padStart(7)}`,
    )
  }
  running = false
  await Promise.all([readersDone, editor, translator])

  // Every acknowledged publish stored (the API) and visible (the page, once its cache is refreshed).
  const stored = async (id: number, locale: string) =>
    (
      await fetch(`${origin}/api/articles/${id}?locale=${locale}&depth=0`).then(
        (r) => r.json() as Promise<{ title?: string }>,
      )
    ).title
  const visible = async (path: string, title: string) => {
    for (let tries = 0; tries < 20; tries += 1) {
      if ((await (await fetch(`${origin}${path}`)).text()).includes(title)) return true
      await sleep(500)
    }
    return false
  }
  const checks = [
    {
      who: 'editor',
      id: edited,
      locale: 'nl',
      path: '/nl/artikelen/soak-redactie',
      title: `Soak redactie ${published.editor}`,
    },
    {
      who: 'translator',
      id: translated,
      locale: 'en',
      path: '/en/articles/soak-translation',
      title: `Soak translation ${published.translator}`,
    },
  ]
  let missing = 0
  for (const check of checks) {
    const isStored = (await stored(check.id, check.locale)) === check.title
    const isVisible = await visible(check.path, check.title)
    if (!isStored || !isVisible) missing += 1
    console.log(
      `${check.who}: last acknowledged publish "${check.title}" stored ${isStored ? 'yes' : 'NO'}, visible ${isVisible ? 'yes' : 'NO'}`,
    )
  }
  const errors = samples.filter((s) => !s.ok).length
  const from = rss[1] ?? rss[0] ?? 0
  const growth = from ? (((rss.at(-1) ?? from) - from) / from) * 100 : 0
  console.log(
    `requests ${samples.length}, errors ${errors}, memory from minute ${rss.length > 1 ? 2 : 1} ${from} MiB to ${rss.at(-1)} MiB (${growth.toFixed(1)} %)`,
  )
  await server.stop()
  if (errors > 0 || missing > 0) {
    throw Object.assign(new Error(`The soak saw ${errors} failed reads and ${missing} missing publishes.`), {
      name: 'ConfigurationError',
    })
  }
})
