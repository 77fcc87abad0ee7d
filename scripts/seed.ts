/** `npm run seed`: adds or updates the seed content; safe to run again. */
import { run } from './run'

run(async () => {
  const [{ seed }, { loadPayload }] = await Promise.all([import('@/seed'), import('./load-payload')])
  await seed(await loadPayload())
})
