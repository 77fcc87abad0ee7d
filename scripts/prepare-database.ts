/**
 * Runs before `next dev`, `next build` and `next start`: stops at once on a wrong database
 * setting and applies the migrations. With --seed-if-empty it fills an empty SQLite database
 * with the seed content, so that a fresh clone shows content (and a build prerenders it); a
 * MongoDB database, production's, is never seeded unasked.
 */
import { resolveDatabaseTarget } from '../src/cms/database/target'
import { isDatabaseEmpty, seed } from '../src/seed'
import { loadPayload } from './load-payload'
import { run } from './run'

run(async () => {
  const payload = await loadPayload()
  if (!process.argv.includes('--seed-if-empty') || !(await isDatabaseEmpty(payload))) return
  if (resolveDatabaseTarget().kind === 'mongodb') {
    console.log('The database is empty: `npm run seed` adds the seed content.')
    return
  }
  console.log('The embedded database is empty: adding the seed content.')
  await seed(payload)
})
