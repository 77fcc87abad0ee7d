/** `npm run seed`: adds or updates the seed content; safe to run again. */
import { seed } from '../src/seed'
import { loadPayload } from './load-payload'
import { run } from './run'

run(async () => {
  await seed(await loadPayload())
})
