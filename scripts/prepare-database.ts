/**
 * Runs before `next dev`, `next build` and `next start`: stops at once on a wrong database
 * setting and applies the migrations. With --seed-if-empty it fills an empty SQLite database
 * with the seed content, so that a fresh clone shows content (and a build prerenders it); a
 * MongoDB database, production's, is never seeded unasked.
 */
import { run } from './run'

run(async () => {
  const [{ resolveDatabaseTarget }, { isDatabaseEmpty, seed }, { loadPayload }] = await Promise.all([
    import('@/cms/database/target'),
    import('@/seed'),
    import('./load-payload'),
  ])
  // next build does not use them: REDIS_URL and PURGE_URL are read when the server starts.
  if (process.env.npm_lifecycle_event !== 'build') await (await import('./server/services')).checkServices()
  const payload = await loadPayload()
  if (!process.argv.includes('--seed-if-empty') || !(await isDatabaseEmpty(payload))) return
  if (resolveDatabaseTarget().kind === 'mongodb') {
    console.log('The database is empty: `npm run seed` adds the seed content.')
    return
  }
  console.log('The embedded database is empty: adding the seed content.')
  await seed(payload)
})
