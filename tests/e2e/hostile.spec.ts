import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'

import { adminAuth } from './support/admin-session'
import { paragraphs } from '../int/support/content'
import { article } from './support/site'

/**
 * Hostile input against the production server, through the whole HTTP stack (Next's own URL
 * parsing included): every case gets a 4xx or a harmless success, never a 5xx and never a stack
 * trace. The cases are generated from the tables below; the suite prints how many got each status.
 */

type Case = {
  name: string
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  multipart?: Record<string, { name: string; mimeType: string; buffer: Buffer } | string>
  admin?: boolean
  /** Statuses a harmless answer may have; by default any 2xx, 3xx or 4xx. */
  expect?: (status: number) => boolean
}

const tally = new Map<number, number>()
const collections = ['articles', 'exercises', 'topics', 'people', 'media', 'users'] as const
const geo = ['near', 'within', 'intersects']
const texts = ['title', 'name', 'slug', 'alt', 'email']
const refused = (status: number) => status >= 400 && status < 500
const bigList = Array.from({ length: 50_000 }, (_, index) => index + 1)

/** Queries a reader or a script might send to a list, each with what it tries. */
const listQueries: string[] = [
  ...geo.flatMap((operator) => texts.map((field) => `where[${field}][${operator}]=1,2`)),
  'where[createdAt][greater_than]=banana',
  'where[updatedAt][less_than]=not-a-date',
  'where[publishedAt][equals]=2026-13-45',
  'where[id][equals]=abc',
  'where[id][in]=a,b,c',
  'where[id][greater_than]=1e999',
  'where[title][equals]=x',
  'where[title][like]=%25',
  'where[title][exists]=maybe',
  'where[title][unknown_operator]=x',
  'where[nonexistent][equals]=x',
  'where[or][0][and][0][or][0][and][0][or][0][and][0][title][equals]=x',
  'sort=title',
  'sort=-title',
  'sort=nonexistent',
  'sort=' + 'x'.repeat(600),
  'limit=-1',
  'limit=0',
  'limit=abc',
  'limit=1e9',
  'limit=100000',
  'limit=999999999999999999999',
  'page=-1',
  'page=0',
  'page=abc',
  'page=99999999999',
  'depth=99',
  'depth=-1',
  'depth=x',
  'locale=xx',
  'locale=../../etc/passwd',
  'locale=all',
  'fallback-locale=xx',
  'select[password]=true',
  'select[hash]=true&select[salt]=true',
  'draft=true',
  'draft=true&locale=all',
  'where[id][in][0]=1&where[id][in][1]=%ff',
  `where[id][in]=${bigList.slice(0, 1500).join(',')}`,
]

const ids = ['abc', '-1', '1e99', '999999999999999999999', '%ff', '..%2F..%2Fetc%2Fpasswd', '0x10', 'null']

const badBodies: { name: string; type?: string; body: string | Buffer }[] = [
  { name: 'JSON null', type: 'application/json', body: 'null' },
  { name: 'a JSON string', type: 'application/json', body: '"hello"' },
  { name: 'a JSON number', type: 'application/json', body: '42' },
  { name: 'a JSON array', type: 'application/json', body: '[1,2,3]' },
  { name: 'invalid JSON', type: 'application/json', body: '{"title": ' },
  { name: 'XML', type: 'application/xml', body: '<?xml version="1.0"?><title>x</title>' },
  { name: 'a form', type: 'application/x-www-form-urlencoded', body: 'title=x&excerpt=y' },
  { name: 'plain text', type: 'text/plain', body: 'title=x' },
  { name: 'JSON nested 5000 deep', type: 'application/json', body: '['.repeat(5000) + ']'.repeat(5000) },
  { name: 'a 3 MB JSON body', type: 'application/json', body: JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) }) },
  { name: 'no content type', body: '{"title":"x"}' },
]

const readerPaths = [
  '/%ff',
  '/nl/artikelen/%ff%fe',
  '/en/articles/%c0%af',
  '/nl/%',
  '/nl/artikelen/%00',
  '/nl/artikelen/x%0d%0aSet-Cookie:%20a=b',
  '/xx',
  '/de/articles/x',
  '/nl/artikelen/bestaat-niet',
  '/en/articles/does-not-exist',
  '/nl/oefeningen/bestaat-niet',
  '/nl/onderwerpen/bestaat-niet',
  '/nl/artikelen/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/nl/zoeken?q=%3Cscript%3Ealert(1)%3C/script%3E',
  '/nl/zoeken?q=%ff',
  '/nl/zoeken?q=' + 'a'.repeat(5000),
  '/nl/oefeningen?region=%ff&type=../../',
  '/nl/../../etc/passwd',
  '/nl/%2e%2e/%2e%2e/etc/passwd',
  '/_next/%ff',
  '/api/%ff',
  '/admin/%ff',
  '/sitemap.xml?%ff',
]

const methods = ['TRACE', 'TRACK', 'PROPFIND', 'MKCOL', 'LOCK', 'PURGE']
const methodPaths = [
  '/',
  '/nl',
  '/en/articles/overloaded-hip-in-runners',
  '/api/articles',
  '/api/health',
  '/api/graphql',
]

const mediaPaths = [
  '/api/media/file/x%00.png',
  '/api/media/file/..%2F..%2F..%2Fetc%2Fpasswd',
  '/api/media/file/%2e%2e%2f%2e%2e%2fpackage.json',
  '/api/media/file/..%5C..%5Cpackage.json',
  '/api/media/file/%ff.png',
  '/api/media/file/' + 'a'.repeat(3000) + '.png',
  '/api/media/file/does-not-exist.png',
  '/api/media/file/.%2F.payload-secret',
]

const exitPreview = [
  '/%5Cevil.example',
  '/%09/evil.example',
  '//evil.example',
  '/\\evil.example',
  '%2F%2Fevil.example',
  '/%2F/evil.example',
  'https://evil.example',
  '/.//evil.example',
  '/%0d%0a/evil.example',
  '\\\\evil.example',
  'javascript:alert(1)',
  '/%E3%80%82/evil.example',
]

const graphql = (query: string) => JSON.stringify({ query })
const deep = (levels: number) =>
  `{ Articles { docs { ${'author { photo { createdBy { '.repeat(levels)}id${' } } }'.repeat(levels)} } } }`
const graphqlCases: { name: string; body: string }[] = [
  ...geo.map((operator) => ({
    name: `${operator} on a text field`,
    body: graphql(`{ Articles(where: { title: { ${operator}: [1, 2] } }) { docs { id } } }`),
  })),
  {
    name: 'a date that is none',
    body: graphql('{ Articles(where: { createdAt: { greater_than: "banana" } }) { docs { id } } }'),
  },
  { name: 'limit -1', body: graphql('{ Articles(limit: -1) { docs { id } } }') },
  { name: 'limit 100000', body: graphql('{ Articles(limit: 100000) { docs { id } } }') },
  { name: 'page -5', body: graphql('{ Articles(page: -5) { docs { id } } }') },
  { name: 'an unknown locale', body: graphql('{ Articles(locale: xx) { docs { id } } }') },
  { name: 'a query 30 levels deep', body: graphql(deep(10)) },
  {
    name: '200 aliases',
    body: graphql(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`),
  },
  {
    name: '50 aliased logins',
    body: graphql(
      `mutation { ${Array.from({ length: 50 }, (_, i) => `l${i}: loginUser(email: "admin@heupfit.local", password: "guess${i}") { token }`).join(' ')} }`,
    ),
  },
  { name: 'introspection', body: graphql('{ __schema { types { name } } }') },
  { name: 'a syntax error', body: graphql('{ Articles { docs { id ') },
  { name: 'no query', body: '{}' },
  { name: 'JSON null', body: 'null' },
  { name: 'invalid JSON', body: '{"query": ' },
  {
    name: 'a big in list',
    body: graphql(`{ Articles(where: { id: { in: [${bigList.join(',')}] } }) { docs { id } } }`),
  },
]

const dangerous = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
]
const textFields: { collection: string; fields: string[] }[] = [
  { collection: 'topics', fields: ['name', 'description'] },
  { collection: 'people', fields: ['name', 'role', 'bio'] },
]

const missingId = 987_654
const articleData = (title: string) => ({
  title,
  excerpt: title,
  body: paragraphs(title),
  _status: 'published',
})
const missingLinks: { name: string; data: Record<string, unknown> }[] = [
  { name: 'an author', data: { author: missingId } },
  { name: 'a reviewer', data: { reviewer: missingId } },
  { name: 'a topic', data: { topics: [missingId] } },
  { name: 'a hero image', data: { heroImage: missingId } },
  { name: 'an author given as text', data: { author: 'abc' } },
  { name: 'an author as an object', data: { author: { relationTo: 'people', value: missingId } } },
]

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const uploads: { name: string; file: { name: string; mimeType: string; buffer: Buffer } }[] = [
  {
    name: 'HTML claimed to be a PNG',
    file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') },
  },
  {
    name: 'an SVG with a script',
    file: {
      name: 'x.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    },
  },
  {
    name: 'an executable named .mp4',
    file: { name: 'x.mp4', mimeType: 'video/mp4', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00') },
  },
  {
    name: 'a caption file with HTML',
    file: { name: 'x.vtt', mimeType: 'text/vtt', buffer: Buffer.from('<script>alert(1)</script>') },
  },
  { name: 'a PNG named ../../x.png', file: { name: '../../x.png', mimeType: 'image/png', buffer: png } },
  { name: 'a PNG named with a NUL', file: { name: 'x\u0000.png', mimeType: 'image/png', buffer: png } },
  { name: 'a PNG claimed as text/html', file: { name: 'x.html', mimeType: 'text/html', buffer: png } },
]

function cases(): Case[] {
  const all: Case[] = []
  for (const collection of collections) {
    for (const query of listQueries)
      all.push({ name: `list ${collection}?${query.slice(0, 60)}`, path: `/api/${collection}?${query}` })
    for (const id of ids) all.push({ name: `${collection} by id ${id}`, path: `/api/${collection}/${id}` })
    for (const body of badBodies) {
      for (const admin of [false, true]) {
        all.push({
          name: `create ${collection} from ${body.name}${admin ? ' (admin)' : ''}`,
          method: 'POST',
          path: `/api/${collection}`,
          headers: body.type ? { 'content-type': body.type } : {},
          body: body.body,
          admin,
          expect: refused,
        })
      }
    }
    all.push({
      name: `a 50,000-id in on ${collection}`,
      method: 'POST',
      path: `/api/${collection}`,
      headers: { 'content-type': 'application/json', 'x-payload-http-method-override': 'GET' },
      body: JSON.stringify({ where: { id: { in: bigList } } }),
      expect: refused,
    })
  }
  for (const path of readerPaths) all.push({ name: `reader ${path.slice(0, 60)}`, path })
  for (const method of methods)
    for (const path of methodPaths) all.push({ name: `${method} ${path}`, method, path, expect: refused })
  for (const path of mediaPaths) all.push({ name: `media ${path.slice(0, 60)}`, path, expect: refused })
  for (const wanted of exitPreview)
    all.push({ name: `exit preview to ${wanted}`, path: `/api/exit-preview?path=${wanted}`, expect: (s) => s === 307 })
  for (const { name, body } of graphqlCases) {
    for (const admin of [false, true])
      all.push({
        name: `GraphQL: ${name}${admin ? ' (admin)' : ''}`,
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': 'application/json' },
        body,
        admin,
      })
  }
  for (const { collection, fields } of textFields)
    for (const field of fields)
      for (const value of dangerous)
        all.push({
          name: `${collection}.${field} = ${value.slice(0, 30)}`,
          method: 'POST',
          path: `/api/${collection}?locale=nl`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `Hostile ${field} ${dangerous.indexOf(value)}`, [field]: value }),
          admin: true,
        })
  for (const { name, data } of missingLinks)
    all.push({
      name: `an article with ${name} that does not exist`,
      method: 'POST',
      path: '/api/articles?locale=nl',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...articleData(`Hostile link ${name}`), ...data }),
      admin: true,
      expect: refused,
    })
  for (const { name, file } of uploads)
    all.push({
      name: `upload ${name}`,
      method: 'POST',
      path: '/api/media',
      multipart: { file, _payload: JSON.stringify({ alt: 'hostile upload' }) },
      admin: true,
    })
  return all
}

async function send(request: APIRequestContext, item: Case): Promise<APIResponse> {
  const headers = { ...item.headers, ...(item.admin ? adminAuth() : {}) }
  return request.fetch(item.path, {
    method: item.method ?? 'GET',
    headers,
    data: item.body,
    multipart: item.multipart,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 20_000,
  })
}

const all = cases()

test.describe('hostile input', () => {
  test.afterAll(() => {
    const counts = [...tally.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`)
    console.log(`hostile input: ${all.length} cases; ${counts.join(', ')}`)
  })

  test(`gets a 4xx or a harmless answer, never a 5xx (${all.length} cases)`, async ({ request }) => {
    test.setTimeout(180_000)
    expect(all.length).toBeGreaterThanOrEqual(400)
    const articlesBefore = await countOf(request, 'articles')
    const failures: string[] = []
    const queue = [...all]
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const response = await send(request, item)
        const status = response.status()
        tally.set(status, (tally.get(status) ?? 0) + 1)
        const text = await response.text()
        const ok = item.expect ? item.expect(status) : status < 500
        if (!ok || status >= 500) failures.push(`${item.name}: ${status} ${text.slice(0, 120)}`)
        if (/\n\s+at .+\(.+:\d+:\d+\)|node_modules\//.test(text))
          failures.push(`${item.name}: a stack trace in the answer`)
        if (/"(hash|salt|resetPasswordToken)"/.test(text))
          failures.push(`${item.name}: a password hash or token in the answer`)
        if (item.name.startsWith('exit preview')) {
          const location = response.headers()['location'] ?? ''
          if (!location.startsWith('/') || location.startsWith('//') || location.includes('\\'))
            failures.push(`${item.name}: redirected to ${location}`)
        }
      }
    }
    await Promise.all([worker(), worker(), worker()])
    expect(failures, failures.join('\n')).toEqual([])
    // Every create with a missing link was refused, and none of them stored anything.
    expect(await countOf(request, 'articles')).toBe(articlesBefore)
  })

  test('a request without a locale reads the default language (nl), with where and sort on localized fields', async ({
    request,
  }) => {
    const response = await request.get(`/api/articles?where[slug][equals]=${article.slug.nl}&sort=title`)
    expect(response.status()).toBe(200)
    const { docs } = (await response.json()) as { docs: { title: string }[] }
    expect(docs.map((doc) => doc.title)).toEqual([article.title.nl])
  })
})

async function countOf(request: APIRequestContext, collection: string): Promise<number> {
  const response = await request.get(`/api/${collection}?limit=1&depth=0&draft=true`, { headers: adminAuth() })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}
