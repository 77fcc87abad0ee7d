import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { archiveFormat, formatVersion, listFiles, removeDir, writeArchive, type Manifest } from './archive'
import {
  backedUpCollections,
  backedUpGlobals,
  hasVersions,
  isStillScheduled,
  readDocuments,
  readVersions,
  type StoredDocument,
} from './content'
import type { MediaStore } from './mediaStore'
import { createProgress, type Progress } from './progress'

export interface BackupSummary {
  file: string
  documents: number
  mediaFiles: number
  mediaBytes: number
  archiveBytes: number
  manifest: Manifest
}

async function collect<T>(source: AsyncGenerator<{ total: number; doc: T }>, stage: string, progress: Progress) {
  const docs: T[] = []
  let started = false
  for await (const { total, doc } of source) {
    if (!started) progress.start(stage, total)
    started = true
    docs.push(doc)
    progress.tick(JSON.stringify(doc).length)
  }
  if (!started) progress.start(stage, 0)
  return docs
}

/** Writes every collection, global, version and media file into one archive at `out`. */
export async function createBackup(
  payload: Payload,
  { out, media, progress = createProgress() }: { out: string; media: MediaStore; progress?: Progress },
): Promise<BackupSummary> {
  const staging = await mkdtemp(path.join(tmpdir(), 'heupfit-backup-'))
  try {
    const documents: Record<string, number> = {}
    const save = async (section: string, content: unknown[]) => {
      await mkdir(path.dirname(path.join(staging, `data/${section}.json`)), { recursive: true })
      await writeFile(path.join(staging, `data/${section}.json`), JSON.stringify(content))
      documents[section] = content.length
    }
    for (const collection of backedUpCollections(payload)) {
      const slug = collection.slug
      let docs = await collect(readDocuments(payload, slug), `Reading ${slug}`, progress)
      if (slug === 'payload-jobs') docs = docs.filter(isStillScheduled)
      await save(`collections/${slug}`, docs)
      if (hasVersions(collection)) {
        await save(
          `versions/${slug}`,
          await collect(readVersions(payload, { collection: slug }), `Reading ${slug} versions`, progress),
        )
      }
    }
    for (const global of backedUpGlobals(payload)) {
      const doc = await payload.db.findGlobal<StoredDocument>({ slug: global.slug, locale: 'all' })
      await save(`globals/${global.slug}`, doc?.createdAt ? [doc] : [])
      if (hasVersions(global)) {
        await save(
          `global-versions/${global.slug}`,
          await collect(readVersions(payload, { global: global.slug }), `Reading ${global.slug} versions`, progress),
        )
      }
    }
    const files = await media.list()
    progress.start('Copying media files', files.length)
    let mediaBytes = 0
    for (const file of files) {
      const to = path.join(staging, 'media', file)
      await mkdir(path.dirname(to), { recursive: true })
      const size = await media.download(file, to)
      mediaBytes += size
      progress.tick(size)
    }
    const toPack = await listFiles(staging)
    progress.start('Writing the archive', toPack.length)
    const manifest = await writeArchive(
      staging,
      {
        format: archiveFormat,
        formatVersion,
        createdAt: new Date().toISOString(),
        database: payload.db.name,
        locales: (payload.config.localization || { localeCodes: [] }).localeCodes,
        documents,
      },
      out,
      (bytes) => progress.tick(bytes),
    )
    progress.stop()
    return {
      file: out,
      documents: Object.values(documents).reduce((sum, n) => sum + n, 0),
      mediaFiles: files.length,
      mediaBytes,
      archiveBytes: (await stat(out)).size,
      manifest,
    }
  } finally {
    progress.stop()
    await removeDir(staging)
  }
}
