/**
 * `npm run bench`: the reader site's speed, measured on a production build, printed as one table
 * against the targets of issue 10 and written to bench/results.json. It asserts nothing.
 *
 *   npm run bench                  everything (about 10 minutes on 2 cores, more when it builds)
 *   npm run bench -- --quick       short runs, 3 publishes, no Lighthouse (for CI)
 *   npm run bench -- --rebuild     measure `next build` even when the build is current
 *   npm run bench -- --no-lighthouse
 *   npm run bench -- --articles 2000 [--quick]   how build and pages grow with 10, 200, 2,000 articles (growth.ts)
 *
 * Its own database and media (./data/bench.db, ./data/bench-media), seeded with the seed content;
 * `next build` only when .next does not hold a build of these sources for these settings (its
 * time and peak memory, all processes summed, are kept in .next/bench-build.json); `next start`
 * on BENCH_PORT (default 3950). Load comes from Debian's `wrk` (2 threads, 20 connections, a C
 * load generator: JavaScript ones slow down on non-ASCII bodies). The ceiling is a bare Node
 * http server handing out the same bytes in the same run.
 */
import { run } from './run'

run(async () => {
  const args = process.argv.slice(2)
  if (args.includes('--articles')) {
    const { growthFromArgs } = await import('./bench/growth')
    await growthFromArgs(args)
  } else {
    const { bench } = await import('./bench/main')
    await bench(args)
  }
})
