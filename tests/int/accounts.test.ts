import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { trustedOrigins, secureCookies } from '@/cms/accounts/origins'
import { rest, startApiPayload } from './support/api'
import { makeUser, testPassword } from './support/content'

// This file's site runs on https, as in production: the login cookie must be Secure there.
const site = 'https://heupfit.example'
process.env.SITE_URL = `${site}/`

let payload: Payload
const tokens: Record<'admin' | 'editor' | 'translator', string> = { admin: '', editor: '', translator: '' }

async function login(email: string, password: string) {
  return rest('POST', '/api/users/login', { body: { email, password } })
}

async function lock(email: string) {
  for (let attempt = 0; attempt < 5; attempt += 1) await login(email, 'wrong-password-wrong')
}

beforeAll(async () => {
  payload = await startApiPayload()
  for (const role of ['admin', 'editor', 'translator'] as const) {
    const user = await makeUser(payload, role, role === 'translator' ? ['en'] : undefined)
    tokens[role] = ((await login(user.email, testPassword)).json as { token: string }).token
  }
})
afterAll(async () => {
  await payload?.destroy()
})

describe('locked accounts', () => {
  it('answer a login exactly as an unknown e-mail address does', async () => {
    const locked = await makeUser(payload, 'editor')
    await lock(locked.email)
    const lockedAnswer = await login(locked.email, testPassword)
    const unknownAnswer = await login('nobody-here@example.com', testPassword)
    expect(lockedAnswer.status).toBe(401)
    expect(unknownAnswer.status).toBe(401)
    expect(lockedAnswer.json).toEqual(unknownAnswer.json)
    expect(lockedAnswer.text).not.toMatch(/lock/i)
  })

  it.each([
    ['an editor', 'editor'],
    ['a translator', 'translator'],
  ] as const)('cannot be unlocked by %s', async (_, role) => {
    const locked = await makeUser(payload, 'editor')
    await lock(locked.email)
    const answer = await rest('POST', '/api/users/unlock', { token: tokens[role], body: { email: locked.email } })
    expect(answer.status).toBe(403)
    expect((await login(locked.email, testPassword)).status).toBe(401)
  })

  it('can be unlocked by an admin, and then sign in', async () => {
    const locked = await makeUser(payload, 'editor')
    await lock(locked.email)
    const answer = await rest('POST', '/api/users/unlock', { token: tokens.admin, body: { email: locked.email } })
    expect(answer.status).toBe(200)
    expect((await login(locked.email, testPassword)).status).toBe(200)
  })
})

describe('the login cookie and origins', () => {
  it('is Secure, HttpOnly and SameSite=Lax when the site is on https', async () => {
    const user = await makeUser(payload, 'editor')
    const cookie = (await login(user.email, testPassword)).headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('is not Secure on a plain-http address (the tests’ production servers on 127.0.0.1)', () => {
    expect(secureCookies({ SITE_URL: 'http://127.0.0.1:3917' })).toBe(false)
    expect(secureCookies({})).toBe(false)
    expect(secureCookies({ SITE_URL: 'https://heupfit.nl' })).toBe(true)
  })

  it('trusts the site’s own origins only, from SITE_URL and the server’s port', () => {
    expect(trustedOrigins({ SITE_URL: 'https://heupfit.nl/nl', PORT: '4000' })).toEqual([
      'https://heupfit.nl',
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ])
  })

  it('counts a login cookie only on requests from the site’s origin (CSRF)', async () => {
    const user = await makeUser(payload, 'editor')
    const cookie = ((await login(user.email, testPassword)).headers.get('set-cookie') ?? '').split(';')[0]
    const me = (requestOrigin: string) =>
      rest('GET', '/api/users/me', { headers: { Cookie: cookie, Origin: requestOrigin } }).then(
        (answer) => (answer.json as { user: { email: string } | null }).user?.email ?? null,
      )
    expect(await me(site)).toBe(user.email)
    expect(await me('https://evil.example')).toBeNull()
  })

  it('answers CORS for the site’s origin only', async () => {
    const preflight = (requestOrigin: string) =>
      rest('OPTIONS', '/api/articles', { headers: { Origin: requestOrigin, 'Access-Control-Request-Method': 'PATCH' } })
    expect((await preflight(site)).headers.get('access-control-allow-origin')).toBe(site)
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('passwords', () => {
  const attempts = [
    {
      password: 'kort-1',
      why: 'too short',
      en: 'A password needs at least 12 characters.',
      nl: 'Een wachtwoord heeft minstens 12 tekens nodig.',
    },
    {
      password: 'qwerty123456',
      why: 'on the list of common passwords',
      en: 'This password is on a list of much-used passwords. Choose another one.',
      nl: 'Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.',
    },
  ]

  it.each(attempts)('refuses a new account whose password is $why, saying so in English and Dutch', async (attempt) => {
    for (const language of ['en', 'nl'] as const) {
      const answer = await rest('POST', '/api/users', {
        token: tokens.admin,
        headers: { 'Accept-Language': language },
        body: { email: `new-${language}-${attempt.password}@example.com`, password: attempt.password, role: 'editor' },
      })
      expect(answer.status).toBe(400)
      expect(JSON.stringify(answer.json)).toContain(attempt[language])
    }
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { contains: attempt.password } } })
    expect(totalDocs).toBe(0)
  })

  it('refuses a weak password on a change and on a reset with a token, keeping the old one', async () => {
    const user = await makeUser(payload, 'editor')
    const own = ((await login(user.email, testPassword)).json as { token: string }).token
    const change = await rest('PATCH', `/api/users/${user.id}`, { token: own, body: { password: 'password1234' } })
    expect(change.status).toBe(400)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const reset = await rest('POST', '/api/users/reset-password', { body: { token, password: 'short' } })
    expect(reset.status).toBe(400)
    expect(JSON.stringify(reset.json)).toContain('at least 12 characters')
    expect((await login(user.email, testPassword)).status).toBe(200)
  })

  it('accepts a long password that is on no list', async () => {
    const answer = await rest('POST', '/api/users', {
      token: tokens.admin,
      body: { email: 'strong@example.com', password: 'Trap-op-de-Heuvel-2026', role: 'editor' },
    })
    expect(answer.status).toBe(201)
  })
})
