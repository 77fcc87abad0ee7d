import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { listFiles } from '@scripts/backup/archive'
import { seed } from '@/seed'
import { makeDutchArticle, makeUser } from './content'

/** What a backup must carry over, as the API shows it. */
const locales = ['nl', 'en'] as const
const collections: CollectionSlug[] = [
  'articles',
  'exercises',
  'topics',
  'people',
  'media',
  'users',
  'redirects',
  'payload-jobs',
]
const versioned: CollectionSlug[] = ['articles', 'exercises']

/** The seed plus publish status that differs per language, a redirect, a scheduled job and an account. */
export async function seedForBackup(payload: Payload): Promise<void> {
  await seed(payload)
  const article = await makeDutchArticle(payload, 'Alleen Nederlands gepubliceerd', { title: 'English draft only' })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'nl',
    data: { slug: 'nieuw-adres', _status: 'published' },
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', locale: 'en', doc: { relationTo: 'articles', value: article.id } },
    waitUntil: new Date(Date.now() + 24 * 60 * 60 * 1000),
  })
  await makeUser(payload, 'translator', ['en'])
}

/** Everything the API shows, per language: published and draft views, versions, the global. */
export async function apiView(payload: Payload, sort = 'id') {
  const view: Record<string, unknown> = {}
  for (const locale of locales) {
    for (const collection of collections) {
      for (const draft of [false, true]) {
        const { docs } = await payload.find({ collection, locale, draft, depth: 1, pagination: false, sort })
        view[`${collection} ${locale}${draft ? ' draft' : ''}`] = docs
      }
    }
    for (const collection of versioned) {
      const { docs } = await payload.findVersions({ collection, locale, pagination: false, sort: 'updatedAt' })
      // A restored version is the same version under a new number.
      view[`${collection} versions ${locale}`] = docs.map(({ id: _id, ...version }) => version)
    }
    view[`site-settings ${locale}`] = await payload.findGlobal({ slug: 'site-settings', locale })
  }
  return view
}

export async function mediaChecksums(dir: string): Promise<Record<string, string>> {
  const files = await listFiles(dir)
  return Object.fromEntries(
    await Promise.all(
      files.map(async (file) => [
        file,
        createHash('sha256')
          .update(await readFile(path.join(dir, file)))
          .digest('hex'),
      ]),
    ),
  )
}
