/**
 * `tsx scripts/bench/add-synthetic.ts N`: brings the database DATABASE_URI names up to N
 * synthetic articles (and their exercises), both languages published. Run by the growth bench
 * on its own database, after the seed.
 */
import { run } from '../run'

run(async () => {
  const count = Number(process.argv[2])
  if (!Number.isInteger(count) || count < 0) throw new Error('add-synthetic: give the number of synthetic articles.')
  const [{ addSyntheticContent }, { loadPayload }] = await Promise.all([import('./synthetic'), import('../load-payload')])
  const started = performance.now()
  const added = await addSyntheticContent(await loadPayload(), count, (line) => console.log(line))
  const seconds = (performance.now() - started) / 1000
  console.log(
    `bench: added ${added.articles} synthetic articles and ${added.exercises} exercises in ${seconds.toFixed(1)} s`,
  )
})
