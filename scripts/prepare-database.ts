/**
 * Runs before `next dev` and `next start`: stops at once on a wrong database setting, applies
 * the migrations, and with --seed-if-empty fills an empty database with the seed content.
 */
import { seed, isDatabaseEmpty } from '../src/seed'
import { loadPayload } from './load-payload'
import { run } from './run'

run(async () => {
  const payload = await loadPayload()
  if (process.argv.includes('--seed-if-empty') && (await isDatabaseEmpty(payload))) {
    console.log('The database is empty: adding the seed content.')
    await seed(payload)
  }
})
