import { expect, test as setup } from '@playwright/test'

import { adminSessionFile } from './support/admin-session'
import { admin } from './support/site'

setup('the admin signs in once for the run', async ({ request }) => {
  const response = await request.post('/api/users/login', { data: admin })
  expect(response.ok(), await response.text()).toBe(true)
  // The response set the session cookie on this request context: keep it for the tests.
  await request.storageState({ path: adminSessionFile })
})
