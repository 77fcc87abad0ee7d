import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { User } from '@/payload-types'
import { graphql, rest, startApiPayload, type ApiAnswer } from './support/api'
import { makeDutchArticle, makeUser, paragraphs, testPassword } from './support/content'

/**
 * The access matrix: every role × every collection and global × every operation × every
 * interface (REST, GraphQL, the Local API without override), generated from one table of what
 * the product promises, written by hand below (not computed from the access functions). Each
 * case asserts allowed or denied, that an allowed change took effect and a denied one did not,
 * and that no response carries a draft's text or an internal note to the public, nor a password
 * hash, salt, reset token or another user's e-mail address to anyone but an admin.
 */

const roles = ['anonymous', 'translator-en', 'translator-nl', 'editor', 'admin'] as const
type Role = (typeof roles)[number]
const interfaces = ['rest', 'graphql', 'local'] as const
type Via = (typeof interfaces)[number]
type Target =
  'articles' | 'exercises' | 'topics' | 'people' | 'media' | 'users' | 'redirects' | 'glossary' | 'site-settings'
type Op =
  | 'list'
  | 'read published'
  | 'read draft'
  | 'create'
  | 'upload'
  | 'update'
  | 'update nl'
  | 'update en'
  | 'publish nl'
  | 'publish en'
  | 'unpublish nl'
  | 'unpublish en'
  | 'delete'
  | 'read another account'
  | 'read own account'
  | 'update another account'
  | 'update own account'
  | 'unlock'

// ---------------------------------------------------------------------------------------------
// What the product promises: for every operation, who may do it. Anyone not listed is refused.
// ---------------------------------------------------------------------------------------------
const everyone: Role[] = [...roles]
const signedIn: Role[] = ['translator-en', 'translator-nl', 'editor', 'admin']
const staff: Role[] = ['editor', 'admin']
const admins: Role[] = ['admin']
const dutchWriters: Role[] = ['translator-nl', 'editor', 'admin']
const englishWriters: Role[] = ['translator-en', 'editor', 'admin']

const versioned = {
  // The public reads published content only; drafts are for signed-in users.
  list: everyone,
  'read published': everyone,
  'read draft': signedIn,
  // Editors start articles and exercises; a translator never creates.
  create: staff,
  // A translator writes, publishes and unpublishes its own language only.
  'update nl': dutchWriters,
  'update en': englishWriters,
  'publish nl': dutchWriters,
  'publish en': englishWriters,
  'unpublish nl': dutchWriters,
  'unpublish en': englishWriters,
  delete: staff,
} satisfies Partial<Record<Op, Role[]>>

const translatable = {
  list: everyone,
  'read published': everyone,
  create: staff,
  'update nl': dutchWriters,
  'update en': englishWriters,
  delete: staff,
} satisfies Partial<Record<Op, Role[]>>

const promises: Record<Target, Partial<Record<Op, Role[]>>> = {
  articles: versioned,
  exercises: versioned,
  topics: translatable,
  people: translatable,
  // Translators upload the caption files of their language; only editors delete a file.
  media: {
    list: everyone,
    'read published': everyone,
    upload: signedIn,
    'update nl': dutchWriters,
    'update en': englishWriters,
    delete: staff,
  },
  // Only admins manage accounts and unlock them; everyone else sees and edits only their own.
  users: {
    list: signedIn,
    'read another account': admins,
    'read own account': signedIn,
    create: admins,
    'update another account': admins,
    'update own account': signedIn,
    delete: admins,
    unlock: admins,
  },
  redirects: { list: everyone, 'read published': everyone, create: staff, update: staff, delete: staff },
  // Editors keep the glossary; translators follow it, readers look terms up.
  glossary: {
    list: everyone,
    'read published': everyone,
    create: staff,
    'update nl': staff,
    'update en': staff,
    delete: staff,
  },
  'site-settings': { 'read published': everyone, 'update nl': dutchWriters, 'update en': englishWriters },
}

/** The operations of every target, in the order the cases run (reads before changes). */
const operations: Record<Target, Op[]> = {
  articles: Object.keys(versioned) as Op[],
  exercises: Object.keys(versioned) as Op[],
  topics: Object.keys(translatable) as Op[],
  people: Object.keys(translatable) as Op[],
  media: ['list', 'read published', 'upload', 'update nl', 'update en', 'delete'],
  users: [
    'list',
    'read another account',
    'read own account',
    'create',
    'update another account',
    'update own account',
    'delete',
    'unlock',
  ],
  redirects: ['list', 'read published', 'create', 'update', 'delete'],
  glossary: ['list', 'read published', 'create', 'update nl', 'update en', 'delete'],
  'site-settings': ['read published', 'update nl', 'update en'],
}

interface Case {
  target: Target
  op: Op
  role: Role
  via: Via
  expected: 'allowed' | 'denied'
}

function generate(): Case[] {
  const cases: Case[] = []
  for (const target of Object.keys(operations) as Target[]) {
    for (const op of operations[target]) {
      const allowed = promises[target][op] ?? []
      for (const role of roles) {
        // An anonymous caller has no account of its own.
        if (role === 'anonymous' && op.endsWith('own account')) continue
        for (const via of interfaces) {
          // GraphQL takes no files.
          if (op === 'upload' && via === 'graphql') continue
          cases.push({ target, op, role, via, expected: allowed.includes(role) ? 'allowed' : 'denied' })
        }
      }
    }
  }
  return cases
}

/**
 * CongoDB (the emulator) runs the reads only: what a read returns rests on the database's
 * answer to the access rules' queries, a refused change is decided before the database, and the
 * emulator takes twice SQLite's time per change (SQLite and a real MongoDB run every case).
 */
const readsOnly: Op[] = ['list', 'read published', 'read draft', 'read another account', 'read own account']
// Only the emulator's project provides its address.
const onEmulator = Boolean(inject('congoUri'))
const cases = generate().filter((c) => !onEmulator || readsOnly.includes(c.op))
let passed = 0

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------
const draftMarker = 'ONGEPUBLICEERD-MATRIX-5Zk'
const internalNote = 'INTERNE-NOTITIE-MATRIX-5Zk'
const vttFile = path.resolve('src/seed/media/exercises/dead-bug.en.vtt')

let payload: Payload
type SignedIn = User & { collection: 'users' }
const accounts = {} as Record<Exclude<Role, 'anonymous'>, SignedIn>
const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
/** Other accounts: one to read and change, one to lock; and every address the site holds. */
let victim: SignedIn
let locked: SignedIn
const emails = new Set<string>()
/** Values that no response may carry: password hashes, salts, a reset token. */
const secrets: string[] = []

type Id = number | string
const fixtures = {
  /** Published in both languages with a newer Dutch draft carrying the marker. */
  published: {} as Record<'articles' | 'exercises', Id>,
  /** Never published; its title carries the marker. */
  draftOnly: {} as Record<'articles' | 'exercises', Id>,
  /** What the read cases read (for every other collection). */
  read: {} as Partial<Record<Target, Id>>,
  /** What the update cases change. */
  work: {} as Partial<Record<Target, Id>>,
  /** What the publish cases publish and unpublish. */
  publishing: {} as Record<'articles' | 'exercises', Id>,
}
const publishedTitle = { articles: 'Heup in de matrix', exercises: 'Matrixbrug' }
const readName: Partial<Record<Target, string>> = {
  topics: 'Matrixonderwerp',
  people: 'Matrix Persoon',
  media: 'dead-bug',
  redirects: '/nl/matrix-oud',
  glossary: 'matrixterm',
}

let counter = 0
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now().toString(36)}`

function exerciseData(name: string) {
  return {
    name,
    summary: `${name}: samenvatting`,
    videoUrl: 'https://vimeo.com/123456',
    steps: [{ text: `${name}: lig op je rug` }],
    type: 'strength' as const,
    difficulty: 'beginner' as const,
    bodyRegions: ['glutes' as const],
  }
}

/** A document of the target, published in both languages, made with full access. */
async function makeDoc(target: Target, name = unique('matrix')): Promise<Id> {
  switch (target) {
    case 'articles':
      return (await makeDutchArticle(payload, name, { title: `${name} (English)`, publish: true })).id
    case 'exercises': {
      const doc = await payload.create({
        collection: 'exercises',
        locale: 'nl',
        data: { ...exerciseData(name), _status: 'published' },
      })
      await payload.update({
        collection: 'exercises',
        id: doc.id,
        locale: 'en',
        data: {
          name: `${name} (English)`,
          summary: `${name}: summary`,
          steps: [{ text: `${name}: lie on your back` }],
          _status: 'published',
        },
      })
      return doc.id
    }
    case 'topics': {
      const doc = await payload.create({ collection: 'topics', locale: 'nl', data: { name } })
      await payload.update({ collection: 'topics', id: doc.id, locale: 'en', data: { name: `${name} (English)` } })
      return doc.id
    }
    case 'people': {
      const doc = await payload.create({ collection: 'people', locale: 'nl', data: { name, role: 'Fysiotherapeut' } })
      await payload.update({ collection: 'people', id: doc.id, locale: 'en', data: { role: 'Physiotherapist' } })
      return doc.id
    }
    case 'media':
      return (await payload.create({ collection: 'media', filePath: vttFile, data: {} })).id
    case 'redirects':
      return (
        await payload.create({
          collection: 'redirects',
          data: { from: name.startsWith('/') ? name : `/nl/${name}`, to: { type: 'custom', url: '/nl' }, locale: 'nl' },
        })
      ).id
    case 'glossary': {
      const doc = await payload.create({
        collection: 'glossary',
        locale: 'nl',
        data: { term: name, translatorNote: internalNote },
      })
      await payload.update({ collection: 'glossary', id: doc.id, locale: 'en', data: { term: `${name}-en` } })
      return doc.id
    }
    case 'users': {
      const user = await makeUser(payload, 'editor')
      emails.add(user.email)
      return user.id
    }
    case 'site-settings':
      throw new Error('The site settings are a global.')
  }
}

async function withNewerDraft(target: 'articles' | 'exercises', id: Id) {
  const field = target === 'articles' ? 'title' : 'name'
  await payload.update({
    collection: target,
    id,
    locale: 'nl',
    draft: true,
    data: { [field]: `${draftMarker} ${field}`, _status: 'draft' } as never,
  })
}

beforeAll(async () => {
  payload = await startApiPayload()
  // The first account becomes the admin.
  accounts.admin = await makeUser(payload, 'admin')
  accounts.editor = await makeUser(payload, 'editor')
  accounts['translator-en'] = await makeUser(payload, 'translator', ['en'])
  accounts['translator-nl'] = await makeUser(payload, 'translator', ['nl'])
  victim = await makeUser(payload, 'editor')
  locked = await makeUser(payload, 'editor')
  for (const [role, user] of Object.entries(accounts) as [Exclude<Role, 'anonymous'>, SignedIn][]) {
    tokens[role] = (
      await payload.login({ collection: 'users', data: { email: user.email, password: testPassword } })
    ).token!
  }
  const resetToken = await payload.forgotPassword({
    collection: 'users',
    data: { email: victim.email },
    disableEmail: true,
  })
  secrets.push(resetToken)

  for (const target of ['articles', 'exercises'] as const) {
    fixtures.published[target] = await makeDoc(target, publishedTitle[target])
    await withNewerDraft(target, fixtures.published[target])
    const field = target === 'articles' ? 'title' : 'name'
    fixtures.draftOnly[target] = (
      await payload.create({
        collection: target,
        locale: 'nl',
        draft: true,
        data: { [field]: `${draftMarker} alleen concept`, _status: 'draft' } as never,
      })
    ).id
    fixtures.work[target] = await makeDoc(target)
    fixtures.publishing[target] = await makeDoc(target)
  }
  for (const target of ['topics', 'people', 'media', 'redirects', 'glossary'] as const) {
    fixtures.read[target] = await makeDoc(target, readName[target])
    fixtures.work[target] = await makeDoc(target)
  }
  for (const locale of ['nl', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        tagline: locale === 'nl' ? 'Sterke heupen' : 'Strong hips',
        medicalDisclaimer: locale === 'nl' ? 'Geen medisch advies.' : 'No medical advice.',
      },
    })
  }

  const { docs } = await payload.find({ collection: 'users', showHiddenFields: true, pagination: false })
  for (const user of docs as (User & { hash?: string; salt?: string })[]) {
    emails.add(user.email)
    if (user.hash) secrets.push(user.hash)
    if (user.salt) secrets.push(user.salt)
  }
  expect(secrets.length).toBeGreaterThan(docs.length)
})

afterAll(async () => {
  const count = (of: Case[]) =>
    `${of.filter((c) => c.expected === 'allowed').length}/${of.filter((c) => c.expected === 'denied').length}`
  const perRole = roles.map((role) => `${role} ${count(cases.filter((c) => c.role === role))}`).join(', ')
  const allowed = cases.filter((c) => c.expected === 'allowed').length
  console.log(
    `access matrix (${payload.db.name}): ${cases.length} cases (allowed ${allowed}, denied ${cases.length - allowed}); ` +
      `per role allowed/denied: ${perRole}; ${passed} passed`,
  )
  await payload?.destroy()
})

// ---------------------------------------------------------------------------------------------
// One operation, three ways of asking for it
// ---------------------------------------------------------------------------------------------
interface Attempt {
  ok: boolean
  /** The refusal's status (HTTP, GraphQL's extensions, the Local API's error). */
  status: number | undefined
  body: string
}

interface Action {
  rest: () => Promise<ApiAnswer>
  graphql?: () => Promise<ApiAnswer>
  local: () => Promise<unknown>
  /** For a change: whether it took effect. */
  effect?: () => Promise<boolean>
  /** For a read: a text an allowed answer must show. */
  shows?: string
}

const idType = () => (payload.db.defaultIDType === 'number' ? 'Int!' : 'String!')

const graphqlNames: Record<Exclude<Target, 'site-settings'>, { one: string; many: string; fields: string }> = {
  articles: { one: 'Article', many: 'Articles', fields: 'id title sourceTitle excerpt' },
  exercises: { one: 'Exercise', many: 'Exercises', fields: 'id name sourceTitle summary' },
  topics: { one: 'Topic', many: 'Topics', fields: 'id name' },
  people: { one: 'Person', many: 'People', fields: 'id name role' },
  media: { one: 'Media', many: 'allMedia', fields: 'id filename caption' },
  users: { one: 'User', many: 'Users', fields: 'id email name role' },
  redirects: { one: 'Redirect', many: 'Redirects', fields: 'id from' },
  glossary: { one: 'Glossary', many: 'Glossaries', fields: 'id term translatorNote' },
}

/** The localized field an update changes, per target. */
const localizedField: Partial<Record<Target, string>> = {
  articles: 'title',
  exercises: 'name',
  topics: 'name',
  people: 'role',
  media: 'caption',
  glossary: 'term',
  'site-settings': 'tagline',
}

function actionFor(c: Case): () => Promise<Action> {
  const { target, op, role } = c
  const user = role === 'anonymous' ? undefined : accounts[role]
  const token = role === 'anonymous' ? undefined : tokens[role]
  const auth = { overrideAccess: false, user }
  const collection = target as CollectionSlug
  const names = target === 'site-settings' ? undefined : graphqlNames[target]
  const isVersioned = target === 'articles' || target === 'exercises'
  const gql = (query: string, variables: Record<string, unknown> = {}) => graphql(query, variables, { token })

  const readOne = (id: Id, draft: boolean, shows: string): Action => ({
    rest: () => rest('GET', `/api/${target}/${id}?locale=nl${draft ? '&draft=true' : ''}`, { token }),
    graphql: () =>
      gql(`query ($id: ${idType()}) { r: ${names!.one}(id: $id, locale: nl, draft: ${draft}) { ${names!.fields} } }`, {
        id,
      }),
    local: () => payload.findByID({ collection, id, locale: 'nl', draft, depth: 1, ...auth }),
    shows,
  })

  const updateOne = (
    id: Id,
    locale: 'nl' | 'en' | undefined,
    data: Record<string, unknown>,
    effect: () => Promise<boolean>,
  ): Action => {
    const draft = isVersioned
    const query = [locale ? `locale=${locale}` : '', draft ? 'draft=true' : ''].filter(Boolean).join('&')
    const name = target === 'users' ? 'User' : names!.one
    return {
      rest: () => rest('PATCH', `/api/${target}/${id}${query ? `?${query}` : ''}`, { token, body: data }),
      graphql: () =>
        gql(
          `mutation ($id: ${idType()}, $data: mutation${name}UpdateInput!) {
            r: update${name}(id: $id, data: $data${locale ? `, locale: ${locale}` : ''}${draft ? ', draft: true' : ''}) { id }
          }`,
          { id, data },
        ),
      local: () => payload.update({ collection, id, locale, draft, data: data as never, ...auth }),
      effect,
    }
  }

  return async (): Promise<Action> => {
    switch (op) {
      case 'list': {
        const shows =
          target === 'articles' || target === 'exercises'
            ? role === 'anonymous'
              ? publishedTitle[target]
              : draftMarker
            : target === 'users'
              ? user?.email
              : readName[target]!
        return {
          rest: () => rest('GET', `/api/${target}?locale=nl&draft=true&limit=200&depth=1`, { token }),
          graphql: () =>
            gql(`{ r: ${names!.many}(locale: nl, draft: true, limit: 200) { docs { ${names!.fields} } } }`),
          local: () => payload.find({ collection, locale: 'nl', draft: true, limit: 200, depth: 1, ...auth }),
          shows,
        }
      }
      case 'read published': {
        if (target === 'site-settings')
          return {
            rest: () => rest('GET', '/api/globals/site-settings?locale=nl', { token }),
            graphql: () => gql('{ r: SiteSetting(locale: nl) { siteName tagline medicalDisclaimer } }'),
            local: () => payload.findGlobal({ slug: 'site-settings', locale: 'nl', ...auth }),
            shows: 'Heupfit',
          }
        if (target === 'articles' || target === 'exercises')
          return readOne(fixtures.published[target], false, publishedTitle[target])
        return readOne(fixtures.read[target]!, false, readName[target]!)
      }
      case 'read draft': {
        const t = target as 'articles' | 'exercises'
        return readOne(fixtures.draftOnly[t], true, draftMarker)
      }
      case 'read another account':
        return readOne(victim.id, false, victim.email)
      case 'read own account':
        return readOne(user!.id, false, user!.email)
      case 'create': {
        const label = unique(`nieuw-${target}`)
        const data: Record<string, unknown> =
          target === 'articles'
            ? { title: label, excerpt: 'Nieuw', body: paragraphs('Nieuw.'), _status: 'draft' }
            : target === 'exercises'
              ? { ...exerciseData(label), _status: 'draft' }
              : target === 'people'
                ? { name: label, role: 'Fysiotherapeut' }
                : target === 'redirects'
                  ? { from: `/nl/${label}`, to: { type: 'custom', url: '/nl' }, locale: 'nl' }
                  : target === 'glossary'
                    ? { term: label }
                    : target === 'users'
                      ? { email: `${label}@example.com`, password: testPassword, role: 'editor' }
                      : { name: label }
        const field =
          { articles: 'title', exercises: 'name', redirects: 'from', glossary: 'term', users: 'email' }[
            target as string
          ] ?? 'name'
        const value = data[field]
        if (target === 'users' && c.expected === 'allowed') emails.add(String(value))
        const name = names!.one
        return {
          rest: () =>
            rest('POST', `/api/${target}?locale=nl${isVersioned ? '&draft=true' : ''}`, { token, body: data }),
          graphql: () =>
            gql(
              `mutation ($data: mutation${name}Input!) { r: create${name}(data: $data, locale: nl${isVersioned ? ', draft: true' : ''}) { id } }`,
              { data },
            ),
          local: () => payload.create({ collection, locale: 'nl', draft: isVersioned, data: data as never, ...auth }),
          effect: async () =>
            (await payload.count({ collection, locale: 'nl', where: { [field]: { equals: value } } })).totalDocs === 1,
        }
      }
      case 'update':
      case 'update nl':
      case 'update en': {
        const locale = op === 'update' ? undefined : op === 'update nl' ? 'nl' : 'en'
        const value = unique(`gewijzigd-${locale ?? ''}`)
        if (target === 'site-settings')
          return {
            rest: () =>
              rest('POST', `/api/globals/site-settings?locale=${locale}`, {
                token,
                body: { siteName: 'Heupfit', tagline: value },
              }),
            graphql: () =>
              gql(
                `mutation ($data: mutationSiteSettingInput!) { r: updateSiteSetting(data: $data, locale: ${locale}) { tagline } }`,
                {
                  data: { siteName: 'Heupfit', tagline: value },
                },
              ),
            local: () =>
              payload.updateGlobal({
                slug: 'site-settings',
                locale,
                data: { siteName: 'Heupfit', tagline: value },
                ...auth,
              }),
            effect: async () => (await payload.findGlobal({ slug: 'site-settings', locale })).tagline === value,
          }
        const id = fixtures.work[target]!
        const field = target === 'redirects' ? 'from' : localizedField[target]!
        const written = target === 'redirects' ? `/nl/${value}` : value
        // GraphQL's input asks for a redirect's target on every change.
        const data =
          target === 'redirects' ? { from: written, to: { type: 'custom', url: '/nl' } } : { [field]: written }
        return updateOne(id, locale, data, async () => {
          const doc = (await payload.findByID({
            collection,
            id,
            locale,
            draft: isVersioned,
            depth: 0,
          })) as unknown as Record<string, unknown>
          return doc[field] === written
        })
      }
      case 'update another account':
      case 'update own account': {
        const id = op === 'update own account' ? user!.id : victim.id
        const value = unique('naam')
        return updateOne(id, undefined, { name: value }, async () => {
          return (await payload.findByID({ collection: 'users', id })).name === value
        })
      }
      case 'publish nl':
      case 'publish en':
      case 'unpublish nl':
      case 'unpublish en': {
        const t = target as 'articles' | 'exercises'
        const locale = op.endsWith('nl') ? 'nl' : 'en'
        const publish = op.startsWith('publish')
        const id = fixtures.publishing[t]
        // Start from the opposite state, in this language only.
        await payload.update({
          collection: t,
          id,
          locale,
          data: { _status: publish ? 'draft' : 'published' },
        })
        const isPublic = async () =>
          (await payload.find({ collection: t, locale, overrideAccess: false, where: { id: { equals: id } } })).docs
            .length === 1
        expect(await isPublic()).toBe(!publish)
        const data = { _status: publish ? 'published' : 'draft' }
        const name = names!.one
        return {
          rest: () => rest('PATCH', `/api/${t}/${id}?locale=${locale}`, { token, body: data }),
          graphql: () =>
            gql(
              `mutation ($id: ${idType()}, $data: mutation${name}UpdateInput!) { r: update${name}(id: $id, data: $data, locale: ${locale}) { id } }`,
              { id, data },
            ),
          local: () => payload.update({ collection: t, id, locale, data: data as never, ...auth }),
          effect: async () => (await isPublic()) === publish,
        }
      }
      case 'delete': {
        const id = await makeDoc(target)
        const name = names!.one
        return {
          rest: () => rest('DELETE', `/api/${target}/${id}`, { token }),
          graphql: () => gql(`mutation ($id: ${idType()}) { r: delete${name}(id: $id) { id } }`, { id }),
          local: () => payload.delete({ collection, id, ...auth }),
          effect: async () => (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 0,
        }
      }
      case 'unlock': {
        await payload.db.updateOne({
          collection: 'users',
          id: locked.id,
          data: { lockUntil: new Date(Date.now() + 60 * 60 * 1000).toISOString(), loginAttempts: 5 },
        })
        const email = locked.email
        return {
          rest: () => rest('POST', '/api/users/unlock', { token, body: { email } }),
          graphql: () => gql('mutation ($email: String!) { r: unlockUser(email: $email) }', { email }),
          // Payload's type asks for a password too, which unlocking never reads.
          local: () =>
            payload.unlock({
              collection: 'users',
              data: { email } as never,
              ...auth,
            }),
          effect: async () => {
            const doc = (await payload.findByID({
              collection: 'users',
              id: locked.id,
              showHiddenFields: true,
            })) as User & {
              lockUntil?: string | null
            }
            return !doc.lockUntil || new Date(doc.lockUntil).getTime() < Date.now()
          },
        }
      }
      case 'upload': {
        const before = (await payload.count({ collection: 'media' })).totalDocs
        const bytes = await readFile(vttFile)
        return {
          rest: () => {
            const form = new FormData()
            form.append('file', new Blob([bytes], { type: 'text/vtt' }), `${unique('matrix')}.vtt`)
            form.append('_payload', JSON.stringify({}))
            return rest('POST', '/api/media', { token, body: form })
          },
          local: () => payload.create({ collection: 'media', filePath: vttFile, data: {}, ...auth }),
          effect: async () => (await payload.count({ collection: 'media' })).totalDocs === before + 1,
        }
      }
    }
  }
}

const refusals = [401, 403, 404]

async function attempt(action: Action, via: Via): Promise<Attempt> {
  if (via === 'rest') {
    const answer = await action.rest()
    return { ok: answer.status >= 200 && answer.status < 300, status: answer.status, body: answer.text }
  }
  if (via === 'graphql') {
    const answer = await action.graphql!()
    const json = answer.json as {
      data?: { r?: unknown } | null
      errors?: { extensions?: { statusCode?: number } }[]
    } | null
    const errors = json?.errors ?? []
    const ok = errors.length === 0 && json?.data?.r !== null && json?.data?.r !== undefined && json.data.r !== false
    return { ok, status: ok ? answer.status : errors[0]?.extensions?.statusCode, body: answer.text }
  }
  try {
    const result = await action.local()
    return { ok: true, status: 200, body: JSON.stringify(result) }
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    return { ok: false, status, body: JSON.stringify({ message, error }) }
  }
}

function assertNoLeaks(c: Case, body: string) {
  const where = `${c.role} ${c.op} ${c.target} via ${c.via}`
  for (const secret of secrets)
    expect(body.includes(secret), `${where}: a password hash, salt or reset token`).toBe(false)
  expect(body, where).not.toMatch(/"(hash|salt|resetPasswordToken)":/)
  if (c.role === 'anonymous') {
    expect(body.includes(draftMarker), `${where}: a draft's text`).toBe(false)
    expect(body.includes(internalNote), `${where}: the glossary's internal note`).toBe(false)
  }
  if (c.role !== 'admin') {
    const own = c.role === 'anonymous' ? undefined : accounts[c.role].email
    for (const email of emails) {
      if (email !== own) expect(body.includes(email), `${where}: another user's e-mail ${email}`).toBe(false)
    }
  }
}

describe.each(Object.keys(operations) as Target[])('access matrix: %s', (target) => {
  it.each(cases.filter((c) => c.target === target))('$role: $op via $via is $expected', async (c) => {
    const action = await actionFor(c)()
    const result = await attempt(action, c.via)
    const allowed = c.expected === 'allowed'
    expect(result.ok, `${result.status} ${result.body.slice(0, 400)}`).toBe(allowed)
    if (!allowed) expect(refusals, `${result.status} ${result.body.slice(0, 400)}`).toContain(result.status)
    if (allowed && action.shows) expect(result.body).toContain(action.shows)
    if (action.effect) expect(await action.effect(), 'the change took effect').toBe(allowed)
    assertNoLeaks(c, result.body)
    passed += 1
  })
})
