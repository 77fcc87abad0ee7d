/**
 * What a reader's browser downloads in scripts to show one page: every same-origin
 * <script src> in the page's HTML, with its size gzipped (the `nomodule` polyfills, which a
 * current browser skips, left out). Run against a production server:
 *
 *   npx tsx scripts/page-scripts.ts http://127.0.0.1:3000/nl/artikelen/<slug>
 */
import { run } from './run'

async function main() {
  const address = process.argv[2]
  if (!address) throw new Error('Give the page to measure, e.g. http://127.0.0.1:3000/nl')
  const { gzipSync } = await import('node:zlib')
  const page = await fetch(address)
  if (!page.ok) throw new Error(`${address} answered ${page.status}`)
  const html = await page.text()
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\bnomodule\b/i.test(match[0]))
    .map((match) => new URL(match[1].replace(/&amp;/g, '&'), address))
  const own = [...new Set(sources.filter((url) => url.origin === new URL(address).origin).map(String))]
  let raw = 0
  let gzipped = 0
  for (const source of own) {
    const body = Buffer.from(await (await fetch(source)).arrayBuffer())
    const size = gzipSync(body, { level: 9 }).length
    raw += body.length
    gzipped += size
    console.log(`${(size / 1024).toFixed(1).padStart(7)} kB gz  ${new URL(source).pathname}`)
  }
  console.log(`${own.length} scripts: ${(gzipped / 1024).toFixed(1)} kB gzipped (${(raw / 1024).toFixed(1)} kB raw)`)
}

run(main)
