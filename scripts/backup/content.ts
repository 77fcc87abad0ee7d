import type {
  CollectionConfig,
  CollectionSlug,
  GlobalSlug,
  Payload,
  SanitizedCollectionConfig,
  SanitizedGlobalConfig,
} from 'payload'

/**
 * What a backup holds, read and written through Payload's database adapter (the same methods on
 * SQLite and MongoDB): the stored documents as they are, with every locale, and with the fields
 * the API hides (password hashes), so that accounts keep working after a restore.
 */

/** Rebuilt by the target itself (its migrations) or only meaningful while a server runs. */
const notBackedUp = new Set(['payload-migrations', 'payload-locked-documents'])

export type StoredDocument = Record<string, unknown> & { id: number | string }
export type StoredVersion = StoredDocument & {
  parent?: number | string
  version: Record<string, unknown>
  createdAt: string
  updatedAt: string
  autosave?: boolean
  latest?: boolean
  publishedLocale?: string
  snapshot?: boolean
}

/** Accounts first, then uploads, then the rest: documents are written before those that point at them. */
function restoreRank(collection: Pick<CollectionConfig, 'auth' | 'upload' | 'slug'>): number {
  if (collection.auth) return 0
  if (collection.upload) return 1
  return collection.slug.startsWith('payload-') ? 3 : 2
}

export function backedUpCollections(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections
    .filter((collection) => !notBackedUp.has(collection.slug))
    .sort((a, b) => restoreRank(a) - restoreRank(b))
}

export const backedUpGlobals = (payload: Payload): SanitizedGlobalConfig[] => payload.config.globals

export const hasVersions = (config: { versions?: unknown }): boolean => Boolean(config.versions)

/** A job that has neither run to completion nor failed is still to come; the rest is history. */
export const isStillScheduled = (job: Record<string, unknown>): boolean => !job.completedAt && !job.hasError

const pageSize = 100

/** Reads every document of a collection page by page, with every locale. */
export async function* readDocuments(
  payload: Payload,
  collection: CollectionSlug,
): AsyncGenerator<{ total: number; doc: StoredDocument }> {
  for (let page = 1; ; page += 1) {
    const result = await payload.db.find<StoredDocument>({
      collection,
      locale: 'all',
      limit: pageSize,
      page,
      pagination: true,
      sort: 'createdAt',
    })
    for (const doc of result.docs) yield { total: result.totalDocs, doc }
    if (!result.hasNextPage) return
  }
}

/** Reads every version of a collection or global, oldest first, with every locale. */
export async function* readVersions(
  payload: Payload,
  target: { collection: CollectionSlug } | { global: GlobalSlug },
): AsyncGenerator<{ total: number; doc: StoredVersion }> {
  for (let page = 1; ; page += 1) {
    const query = { locale: 'all', limit: pageSize, page, pagination: true, sort: 'updatedAt' }
    const result =
      'collection' in target
        ? await payload.db.findVersions({ ...query, collection: target.collection })
        : await payload.db.findGlobalVersions({ ...query, global: target.global })
    for (const doc of result.docs) yield { total: result.totalDocs, doc: doc as unknown as StoredVersion }
    if (!result.hasNextPage) return
  }
}
