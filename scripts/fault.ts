/**
 * `npm run fault -- [--kills N]` (default 5): proves that a crash loses no acknowledged write.
 *
 * Per round it starts the production server on its own copy of the e2e database
 * (data/fault.db), sends a burst of concurrent saves and publishes through the REST API as an
 * editor would, and `kill -9`s the server's process group in the middle. Then, before any
 * restart, SQLite must pass `PRAGMA integrity_check`; after the restart every write the server
 * acknowledged must be there (the latest draft and the latest publish of each article), and the
 * site must serve. Prints acknowledged / present / lost per kill and, last, `lost N`.
 */
import { run } from './run'

const argument = (flag: string, fallback: number) => {
  const index = process.argv.indexOf(flag)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} takes a whole number of at least 1.`)
  return value
}

const writers = 8
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Writer {
  id?: number
  /** The highest save number the server acknowledged, and the highest acknowledged publish. */
  savedUpTo: number
  publishedUpTo: number
  acknowledged: number
}

/** Runs one step of a round; a failure says which step of which round, and why. */
async function step<T>(round: number, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    throw new Error(`Round ${round}, ${what}: ${(error as Error).message}${cause ? ` (${cause})` : ''}`, {
      cause: error,
    })
  }
}

run(async () => {
  const kills = argument('--kills', 5)
  const port = Number(process.env.FAULT_PORT || 4302)
  const { DatabaseSync } = await import('node:sqlite')
  const { copyDatabase, ensureBuild, lexical, signIn, startServer } = await import('./server/production')
  const file = 'data/fault.db'
  ensureBuild()
  copyDatabase(file)

  let totalLost = 0
  let allIntact = true
  for (let round = 1; round <= kills; round += 1) {
    const server = await step(round, 'starting the server', () => startServer(file, port))
    const token = await step(round, 'signing in', () => signIn(server.origin))
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const api = (path: string, method: string, body: unknown) =>
      fetch(`${server.origin}/api${path}`, { method, headers, body: JSON.stringify(body) })

    const state: Writer[] = Array.from({ length: writers }, () => ({ savedUpTo: 0, publishedUpTo: 0, acknowledged: 0 }))
    let crashed = false
    const title = (w: number, n: number) => `Crash ${round} writer ${w} save ${n}`
    const burst = state.map(async (writer, w) => {
      for (let n = 1; !crashed; n += 1) {
        const publish = n % 2 === 1
        const data = {
          title: title(w, n),
          excerpt: `Excerpt ${n}`,
          body: lexical(`Save ${n}.`),
          _status: publish ? 'published' : 'draft',
        }
        try {
          const response = writer.id
            ? await api(`/articles/${writer.id}?locale=nl${publish ? '' : '&draft=true'}`, 'PATCH', data)
            : await api('/articles?locale=nl', 'POST', data)
          if (!response.ok) throw new Error(`${response.status} ${await response.text()}`)
          const { doc } = (await response.json()) as { doc: { id: number } }
          writer.id = doc.id
          writer.savedUpTo = n
          if (publish) writer.publishedUpTo = n
          writer.acknowledged += 1
        } catch (error) {
          if (!crashed) throw error
        }
      }
    })
    // A write that fails before the kill is a finding (the server refused or died by itself),
    // reported with the round, not an unhandled rejection that ends the script.
    const failedEarly: string[] = []
    for (const [w, writer] of burst.entries()) {
      writer.catch((error: Error) => failedEarly.push(`writer ${w}: ${error.message} ${String(error.cause ?? '')}`))
    }
    // Kill somewhere in the middle of the burst, once writes are flowing.
    await sleep(2000 + Math.random() * 4000)
    crashed = true
    await server.crash()
    await Promise.allSettled(burst)

    for (const failure of failedEarly) console.log(`  failed before the kill: ${failure}`)
    allIntact &&= failedEarly.length === 0
    const database = new DatabaseSync(file)
    const integrity = String(Object.values(database.prepare('PRAGMA integrity_check').get() ?? {})[0])
    const journal = String(Object.values(database.prepare('PRAGMA journal_mode').get() ?? {})[0])
    database.close()
    allIntact &&= integrity === 'ok'

    const restarted = await step(round, 'restarting the server', () => startServer(file, port))
    const numberIn = (text: string | undefined) => Number(/save (\d+)$/.exec(text ?? '')?.[1] ?? 0)
    let present = 0
    let lost = 0
    let acknowledged = 0
    let unreadable = 0
    for (const [w, writer] of state.entries()) {
      acknowledged += writer.acknowledged
      if (!writer.id) continue
      // A read that fails (the restarted server still warming up) is retried; one that keeps failing
      // is a broken site, reported as such, not counted as a lost write.
      const read = async (draft: boolean): Promise<{ title?: string } | undefined> => {
        const url = `${restarted.origin}/api/articles/${writer.id}?locale=nl&depth=0${draft ? '&draft=true' : ''}`
        let status = 0
        for (let attempt = 1; attempt <= 5; attempt += 1) {
          const response = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
          if (response.ok) return (await response.json()) as { title?: string }
          status = response.status
          await sleep(500)
        }
        unreadable += 1
        console.log(`  writer ${w}: article ${writer.id} could not be read after the restart (${status})`)
        return undefined
      }
      // A write cut off by the kill may have landed too (it is newer, not lost); an older one is a loss.
      const draft = await step(round, `reading article ${writer.id}'s draft`, () => read(true))
      const published = await step(round, `reading article ${writer.id}`, () => read(false))
      if (!draft || !published) continue
      // A title gone missing (a write half-stored by the kill) reads as save 0: lost.
      const draftOk = numberIn(draft.title) >= writer.savedUpTo
      const publishedOk = numberIn(published.title) >= writer.publishedUpTo
      if (draftOk && publishedOk) present += writer.acknowledged
      else {
        lost += writer.acknowledged
        console.log(
          `  writer ${w}: article ${writer.id} lost acknowledged save ${writer.savedUpTo} (draft reads "${draft.title}") or publish ${writer.publishedUpTo} (published reads "${published.title}")`,
        )
      }
    }
    const site = await step(round, 'reading /nl', async () => (await fetch(`${restarted.origin}/nl`)).status)
    const ready = await step(
      round,
      'asking /api/health/ready',
      async () => (await fetch(`${restarted.origin}/api/health/ready`)).status,
    )
    await restarted.stop()
    totalLost += lost
    allIntact &&= site === 200 && ready === 200 && unreadable === 0
    console.log(
      `kill ${round}/${kills}: acknowledged ${acknowledged}, present ${present}, lost ${lost}; integrity_check ${integrity} (journal ${journal}); after restart /nl ${site}, ready ${ready}`,
    )
  }
  if (totalLost > 0 || !allIntact) {
    // Thrown as a one-sentence failure, so that `lost N` stays the last line and the exit code is 1.
    throw Object.assign(new Error(`A crash lost writes or left the site broken (see above).\nlost ${totalLost}`), {
      name: 'ConfigurationError',
    })
  }
  console.log(`lost ${totalLost}`)
})
