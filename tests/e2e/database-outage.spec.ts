import { renameSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { HtmlValidate } from 'html-validate'

import { en as adminEn } from '@/cms/translations/en'
import { nl as adminNl } from '@/cms/translations/nl'
import { copyDatabase, signIn, startServer, type Server } from '@scripts/server/production'
import { messages, paths, projectFile } from './support/site'

/**
 * The database goes away under a running production server (its own copy of the e2e database,
 * on a port of its own), and comes back. Meanwhile prerendered pages keep serving, the pages
 * that need the database answer a 503 page in the reader's or the editor's language, the REST
 * API says why a save fails, and afterwards everything works again without a restart.
 */
const file = projectFile('data/outage.db')
const away = `${file}.away`

test.describe.configure({ mode: 'serial' })

let server: Server
let token: string
let articleId: number

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers })
const saveExcerpt = (excerpt: string) =>
  fetch(`${server.origin}/api/articles/${articleId}?locale=en&draft=true`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, 'Accept-Language': 'en' },
    body: JSON.stringify({ excerpt }),
  })

/** Polls a page until it answers the status (the server trusts one readiness answer for 2 s). */
async function until(path: string, status: number) {
  await expect.poll(async () => (await get(path)).status, { timeout: 20_000, intervals: [250] }).toBe(status)
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(4 * 60_000)
  const port = Number(new URL(baseURL ?? 'http://127.0.0.1:3917').port) + 2
  copyDatabase(file)
  server = await startServer(file, port)
  token = await signIn(server.origin)
  const list = (await (await get('/api/articles?limit=1&depth=0', { Authorization: `JWT ${token}` })).json()) as {
    docs: { id: number }[]
  }
  articleId = list.docs[0]?.id ?? 0
  expect(articleId).toBeGreaterThan(0)
})
test.afterAll(async () => {
  try {
    renameSync(away, file)
  } catch {
    // already back
  }
  await server?.stop()
})

test('with the database there, the library, search and the admin answer as usual', async () => {
  for (const path of [paths.library('nl'), paths.search('en', 'hip'), '/admin/login', '/api/health/ready']) {
    expect((await get(path)).status, path).toBe(200)
  }
})

test('while the database is away, prerendered pages (the plain library too) keep serving and the others answer a localized 503', async ({
  page,
}) => {
  renameSync(file, away)
  await until('/api/health/ready', 503)
  await until(`${paths.library('nl')}?bodyRegion=hip`, 503)

  for (const path of [
    paths.home('nl'),
    paths.home('en'),
    paths.article('nl'),
    paths.article('en'),
    paths.library('nl'),
    paths.library('en'),
  ]) {
    const response = await get(path)
    expect(response.status, path).toBe(200)
    expect(await response.text(), path).toContain('<h1')
  }

  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })
  for (const [locale, path] of [
    ['nl', `${paths.library('nl')}?bodyRegion=hip`],
    ['en', paths.search('en', 'hip')],
  ] as const) {
    const response = await get(path)
    expect(response.status, path).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const html = await response.text()
    expect(html).toContain(`<html lang="${locale}">`)
    expect(html).toContain(messages[locale].unavailable.title)
    expect(html).toContain(messages[locale].unavailable.retry)
    expect(html).not.toMatch(/error|stack|sqlite/i)
    const report = await validator.validateString(html)
    expect(report.results.flatMap((result) => result.messages.map((m) => m.message))).toEqual([])
  }

  await page.goto(`${server.origin}${paths.library('en')}?type=strength`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.en.unavailable.title)
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
  expect(violations.map((violation) => violation.id)).toEqual([])
})

test('while the database is away, the admin says so in the editor’s language, and a save is refused with 503', async () => {
  for (const [language, words] of [
    ['nl', adminNl.heupfit],
    ['en', adminEn.heupfit],
  ] as const) {
    const response = await get('/admin', { 'Accept-Language': language })
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html).toContain(words.databaseUnavailableTitle)
    expect(html).toContain(words.databaseUnavailable)
  }
  const dutchByCookie = await get('/admin/collections/articles', { Cookie: 'payload-lng=nl', 'Accept-Language': 'en' })
  expect(await dutchByCookie.text()).toContain(adminNl.heupfit.databaseUnavailableTitle)

  const save = await saveExcerpt('Saved during the outage')
  expect(save.status).toBe(503)
  expect(save.headers.get('retry-after')).toBe('30')
  const body = (await save.json()) as { errors: { message: string }[] }
  expect(body.errors[0]?.message).toContain(adminEn.heupfit.databaseUnavailable)
})

test('once the database is back, everything works again without a restart', async () => {
  renameSync(away, file)
  await until(`${paths.library('nl')}?bodyRegion=hip`, 200)
  for (const path of [paths.search('en', 'hip'), '/admin/login', '/api/health/ready']) {
    expect((await get(path)).status, path).toBe(200)
  }
  const save = await saveExcerpt('Saved after the outage')
  expect(save.status).toBe(200)
  const stored = (await (
    await fetch(`${server.origin}/api/articles/${articleId}?locale=en&draft=true&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()) as { excerpt?: string }
  expect(stored.excerpt).toBe('Saved after the outage')
})
