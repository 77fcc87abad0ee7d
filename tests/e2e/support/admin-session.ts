import { readFileSync } from 'node:fs'

import { projectFile } from './site'

/**
 * The admin's one session for the whole run, made by auth.setup.ts: every test that acts as
 * the admin uses it, instead of signing in again. Payload keeps a user's sessions in one list
 * that each login rewrites, so logins of the same user at the same moment (two workers) can
 * drop each other's session.
 */
export const adminSessionFile = projectFile('data/e2e-admin-session.json')

type StorageState = { cookies: { name: string; value: string }[] }

/** The Authorization header for API calls as the admin. */
export function adminAuth(): Record<string, string> {
  const state = JSON.parse(readFileSync(adminSessionFile, 'utf8')) as StorageState
  const token = state.cookies.find((cookie) => cookie.name === 'payload-token')?.value
  if (!token) throw new Error(`No admin session in ${adminSessionFile}: run the "setup" project (auth.setup.ts) first.`)
  return { Authorization: `JWT ${token}` }
}
