/**
 * `npm run bench`: how long a change published in the admin takes to reach the reader site.
 *
 * Starts the production server the end-to-end tests use (scripts/e2e-server.sh: its own
 * database, built when needed), signs in through the REST API as the seeded admin, and per
 * round publishes a change, then polls the page until the change shows (or, for an
 * unpublished translation, until the page is a 404). Prints the figures; it asserts nothing.
 */
import { spawn } from 'node:child_process'

// The e2e port, so that the e2e build (whose SITE_URL names the port) is reused.
const port = Number(process.env.BENCH_PORT || 3917)
const origin = `http://127.0.0.1:${port}`
const rounds = Number(process.env.BENCH_ROUNDS || 5)
const email = 'admin@heupfit.local'
const password = 'e2e-admin-password'

const server = spawn('bash', ['scripts/e2e-server.sh'], {
  env: { ...process.env, PORT: String(port) },
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
})
const stopServer = () => {
  if (server.pid) {
    try {
      process.kill(-server.pid)
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopServer)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 8 * 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/nl`)).ok) return
    } catch {
      // not up yet
    }
    await sleep(1000)
  }
  throw new Error('The server did not start within 8 minutes.')
}

async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const response = await fetch(`${origin}/api${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
  })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Milliseconds from `act` returning until `visible` holds for the page at `path`. */
async function timeUntil(
  path: string,
  act: () => Promise<unknown>,
  visible: (response: Response, body: string) => boolean,
) {
  await act()
  const started = performance.now()
  for (;;) {
    const response = await fetch(`${origin}${path}`, { cache: 'no-store' })
    if (visible(response, await response.text())) return performance.now() - started
    if (performance.now() - started > 30_000) throw new Error(`${path} did not change within 30 s`)
    await sleep(25)
  }
}

function summary(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  const format = (ms: number) => `${Math.round(ms)} ms`
  console.log(
    `${label.padEnd(48)} median ${format(median)}  min ${format(sorted[0])}  max ${format(sorted[sorted.length - 1])}  (${sorted.length} rounds)`,
  )
}

async function main() {
  await waitForServer()
  const { token } = await api<{ token: string }>('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  })
  const topic = (
    await api<{ docs: { id: number; slug: string; description: string }[] }>(
      '/topics?locale=nl&where[slug][equals]=heupblessures',
    )
  ).docs[0]
  const article = (
    await api<{ docs: { id: number; slug: string; excerpt: string }[] }>(
      '/articles?locale=en&where[slug][equals]=overloaded-hip-in-runners',
      { token },
    )
  ).docs[0]
  if (!topic || !article) throw new Error('The seed content is missing: run `npm run seed`.')

  const topicTimes: number[] = []
  const articleTimes: number[] = []
  const unpublishTimes: number[] = []
  for (let round = 1; round <= rounds; round += 1) {
    const marker = `bench-${Date.now()}-${round}`
    topicTimes.push(
      await timeUntil(
        `/nl/onderwerpen/${topic.slug}`,
        () =>
          api(`/topics/${topic.id}?locale=nl`, {
            method: 'PATCH',
            token,
            body: JSON.stringify({ description: `${topic.description} ${marker}` }),
          }),
        (_, body) => body.includes(marker),
      ),
    )
    articleTimes.push(
      await timeUntil(
        `/en/articles/${article.slug}`,
        () =>
          api(`/articles/${article.id}?locale=en`, {
            method: 'PATCH',
            token,
            body: JSON.stringify({ excerpt: `${article.excerpt} ${marker}`, _status: 'published' }),
          }),
        (_, body) => body.includes(marker),
      ),
    )
    unpublishTimes.push(
      await timeUntil(
        `/en/articles/${article.slug}`,
        () =>
          api(`/articles/${article.id}?locale=en`, {
            method: 'PATCH',
            token,
            body: JSON.stringify({ _status: 'draft' }),
          }),
        (response) => response.status === 404,
      ),
    )
    // Publish again, with the original text, for the next round.
    await timeUntil(
      `/en/articles/${article.slug}`,
      () =>
        api(`/articles/${article.id}?locale=en`, {
          method: 'PATCH',
          token,
          body: JSON.stringify({ excerpt: article.excerpt, _status: 'published' }),
        }),
      (response) => response.ok,
    )
  }
  await api(`/topics/${topic.id}?locale=nl`, {
    method: 'PATCH',
    token,
    body: JSON.stringify({ description: topic.description }),
  })

  console.log(`\npublish → visible on the production server (${origin}), polling every 25 ms:`)
  summary('topic description changed (nl topic page)', topicTimes)
  summary('article excerpt published (en article page)', articleTimes)
  summary('article translation unpublished (en page → 404)', unpublishTimes)
}

main().then(
  () => {
    stopServer()
    process.exit(0)
  },
  (error: unknown) => {
    console.error(error)
    stopServer()
    process.exit(1)
  },
)
