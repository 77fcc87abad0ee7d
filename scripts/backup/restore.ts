import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { BackupError, listFiles, openArchive, removeDir, type Manifest } from './archive'
import { backedUpCollections, backedUpGlobals, hasVersions, type StoredDocument, type StoredVersion } from './content'
import type { MediaStore } from './mediaStore'
import { createProgress, type Progress } from './progress'
import { assignIds, idKindOf, ReferenceRewriter, type IdMap } from './references'

export interface RestoreSummary {
  documents: number
  mediaFiles: number
  mediaBytes: number
  manifest: Manifest
  /** Across database kinds: each collection's old id → new id. */
  ids?: IdMap
}

/** The database's own words (drizzle wraps them in "Failed query: …" with the whole statement). */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause
  return cause instanceof Error ? cause.message : (error as Error).message
}

interface WriteSession {
  req: Partial<PayloadRequest>
  /** Whether a failure undoes everything written so far. */
  atomic: boolean
  commit(): Promise<void>
  rollback(): Promise<void>
}

/**
 * One transaction for the whole restore. On SQLite it is the connection's own (not the adapter's,
 * which checks foreign keys at every statement), with foreign keys checked once at the end
 * (deferred), so that documents may be written before those they point at; elsewhere it is the
 * adapter's.
 */
async function openWriteSession(payload: Payload): Promise<WriteSession> {
  if (payload.db.name === 'sqlite') {
    const { client } = payload.db as unknown as SQLiteAdapter
    await client.execute('BEGIN IMMEDIATE')
    await client.execute('PRAGMA defer_foreign_keys = ON')
    return {
      req: {},
      atomic: true,
      async commit() {
        const broken = await client.execute('PRAGMA foreign_key_check')
        if (broken.rows.length > 0) {
          const [row] = broken.rows
          throw new Error(
            `${broken.rows.length} link(s) point at documents the archive lacks, e.g. from ${row?.table} row ${row?.rowid} to ${row?.parent}`,
          )
        }
        await client.execute('COMMIT')
      },
      rollback: async () => {
        await client.execute('ROLLBACK')
      },
    }
  }
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  return {
    req: transactionID === undefined ? {} : { transactionID },
    atomic: transactionID !== undefined,
    commit: async () => {
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    },
    rollback: async () => {
      if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    },
  }
}

/** What the target already holds (a sentence fragment), or nothing when it is empty. */
export async function contentIn(payload: Payload, media: MediaStore): Promise<string | undefined> {
  for (const collection of backedUpCollections(payload)) {
    const { totalDocs } = await payload.db.count({ collection: collection.slug })
    if (totalDocs > 0) return `${totalDocs} document(s) in ${collection.slug}`
  }
  for (const global of backedUpGlobals(payload)) {
    const doc = await payload.db.findGlobal<StoredDocument>({ slug: global.slug })
    if (doc?.createdAt) return `the global ${global.slug}`
  }
  const files = await media.list()
  if (files.length > 0) return `${files.length} file(s) in ${media.where}`
  return undefined
}

async function readSection<T>(dir: string, section: string): Promise<T[]> {
  const file = path.join(dir, 'data', `${section}.json`)
  return (await stat(file).then(
    async () => JSON.parse(await readFile(file, 'utf8')) as T[],
    () => [] as T[],
  )) as T[]
}

/** Deletes every document, version and global so that the archive replaces them. */
async function wipe(payload: Payload, req: Partial<PayloadRequest>) {
  for (const collection of backedUpCollections(payload).reverse()) {
    await payload.db.deleteMany({ collection: collection.slug, where: {}, req })
    if (hasVersions(collection)) await payload.db.deleteVersions({ collection: collection.slug, where: {}, req })
  }
  for (const global of backedUpGlobals(payload)) {
    if (hasVersions(global)) await payload.db.deleteVersions({ globalSlug: global.slug, where: {}, req })
  }
}

/**
 * Restores an archive made by createBackup into the database and media folder of `payload`.
 * The archive is checked completely before anything is written; the documents are written in
 * one transaction where the database has them, so a failure leaves the database as it was.
 */
export async function restoreBackup(
  payload: Payload,
  {
    file,
    media,
    replace = false,
    progress = createProgress(),
  }: { file: string; media: MediaStore; replace?: boolean; progress?: Progress },
): Promise<RestoreSummary> {
  const staging = await mkdtemp(path.join(tmpdir(), 'heupfit-restore-'))
  try {
    progress.start('Checking the archive', 1)
    const manifest = await openArchive(file, staging)
    progress.tick((await stat(file)).size)
    const ownLocales = payload.config.localization ? payload.config.localization.localeCodes : []
    const unknownLocale = manifest.locales.find((locale) => !ownLocales.includes(locale))
    if (unknownLocale) {
      throw new BackupError(
        `The archive holds the language "${unknownLocale}", which this site does not have: nothing was restored.`,
      )
    }
    // From SQLite into MongoDB or back: new ids of the target's kind, every reference rewritten.
    const across = idKindOf(manifest.database) !== idKindOf(payload.db.name)
    const sections = new Map<string, StoredDocument[]>()
    for (const collection of backedUpCollections(payload)) {
      sections.set(collection.slug, await readSection<StoredDocument>(staging, `collections/${collection.slug}`))
    }
    const ids = across ? assignIds(idKindOf(payload.db.name), Object.fromEntries(sections)) : undefined
    const rewriter = ids ? new ReferenceRewriter(payload.config, ids) : undefined
    if (!replace) {
      const found = await contentIn(payload, media)
      if (found) {
        throw new BackupError(
          `The database is not empty (it holds ${found}): restore into an empty database, or add --replace to delete what it holds (and the files in ${media.where}) first.`,
        )
      }
    }

    const session = await openWriteSession(payload)
    const req = session.req
    let documents = 0
    let current = ''
    try {
      if (replace) await wipe(payload, req)
      for (const collection of backedUpCollections(payload)) {
        const slug = collection.slug
        const docs = sections.get(slug) ?? []
        progress.start(`Writing ${slug}`, docs.length)
        for (const doc of docs) {
          current = `${slug} document ${doc.id}`
          const id = (rewriter?.id(slug, doc.id) ?? doc.id) as number | string
          const data = rewriter ? { ...rewriter.document(collection.flattenedFields, doc), id } : doc
          await payload.db.create({ collection: slug, customID: id, data, req, returning: false })
          documents += 1
          progress.tick(JSON.stringify(doc).length)
        }
        if (!hasVersions(collection)) continue
        const versions = await readSection<StoredVersion>(staging, `versions/${slug}`)
        progress.start(`Writing ${slug} versions`, versions.length)
        for (const version of versions) {
          current = `version ${version.id} of ${slug} document ${version.parent}`
          const parent = (rewriter?.id(slug, version.parent) ?? version.parent) as number | string
          await payload.db.createVersion({
            collectionSlug: slug,
            parent,
            versionData: rewriter
              ? { ...rewriter.document(collection.flattenedFields, version.version), id: parent }
              : version.version,
            autosave: Boolean(version.autosave),
            createdAt: version.createdAt,
            updatedAt: version.updatedAt,
            publishedLocale: version.publishedLocale ?? undefined,
            snapshot: version.snapshot ? true : undefined,
            req,
          })
          documents += 1
          progress.tick(JSON.stringify(version).length)
        }
      }
      for (const global of backedUpGlobals(payload)) {
        const [doc] = await readSection<StoredDocument>(staging, `globals/${global.slug}`)
        const versions = hasVersions(global)
          ? await readSection<StoredVersion>(staging, `global-versions/${global.slug}`)
          : []
        progress.start(`Writing ${global.slug}`, (doc ? 1 : 0) + versions.length)
        if (doc) {
          current = `the global ${global.slug}`
          const { globalType: _type, id: _id, ...stored } = doc
          // Across kinds the global gets an id of the target's own making.
          const data = rewriter ? rewriter.document(global.flattenedFields, stored) : { ...stored, id: doc.id }
          const existing = await payload.db.findGlobal<StoredDocument>({ slug: global.slug, req })
          if (!existing?.createdAt) {
            // MongoDB's adapter keeps a global's id only as _id.
            const keepId = payload.db.name === 'mongoose' && !rewriter ? { _id: doc.id } : {}
            await payload.db.createGlobal({ slug: global.slug, data: { ...data, ...keepId }, req, returning: false })
          }
          // createGlobal stamps its own createdAt (into the object it is given); writing the data
          // again keeps the archive's.
          await payload.db.updateGlobal({ slug: global.slug, data, req, returning: false })
          documents += 1
          progress.tick(JSON.stringify(doc).length)
        }
        for (const version of versions) {
          current = `version ${version.id} of the global ${global.slug}`
          await payload.db.createGlobalVersion({
            globalSlug: global.slug,
            versionData: rewriter ? rewriter.document(global.flattenedFields, version.version) : version.version,
            autosave: Boolean(version.autosave),
            createdAt: version.createdAt,
            updatedAt: version.updatedAt,
            publishedLocale: version.publishedLocale ?? undefined,
            snapshot: version.snapshot ? true : undefined,
            req,
          })
          documents += 1
          progress.tick(JSON.stringify(version).length)
        }
      }
      current = 'the links between documents'
      await session.commit()
    } catch (error) {
      await session.rollback().catch(() => undefined)
      const undone = session.atomic ? 'nothing was restored' : 'the documents before it were written'
      throw new BackupError(`Restoring ${current} failed (${reasonOf(error)}): ${undone}.`)
    }

    if (replace) await media.empty()
    const files = await listFiles(path.join(staging, 'media'))
    progress.start('Restoring media files', files.length)
    let mediaBytes = 0
    for (const name of files) {
      const size = await media.upload(path.join(staging, 'media', name), name)
      mediaBytes += size
      progress.tick(size)
    }
    progress.stop()
    return { documents, mediaFiles: files.length, mediaBytes, manifest, ids }
  } finally {
    progress.stop()
    await removeDir(staging)
  }
}
