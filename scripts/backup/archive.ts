import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import * as tar from 'tar'

/** What every backup archive says it is; restore refuses anything else. */
export const archiveFormat = 'heupfit-backup'
/** Raised when the layout of the archive changes; restore reads this version and older. */
export const formatVersion = 1
export const manifestName = 'manifest.json'

export interface ArchiveFile {
  path: string
  bytes: number
  sha256: string
}

export interface Manifest {
  format: typeof archiveFormat
  formatVersion: number
  createdAt: string
  /** The adapter the backup was read from ('sqlite' or 'mongoose'). */
  database: string
  locales: string[]
  /** Documents per section, e.g. `collections/articles`: 12. */
  documents: Record<string, number>
  files: ArchiveFile[]
}

/** A backup or restore that cannot go on; its message says why and what to do. */
export class BackupError extends Error {
  override name = 'ConfigurationError'
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Writes `staging` (the data and media files) as one .tar.gz with a manifest of checksums
 * first. The archive appears under its name only once complete, so a backup cut short never
 * looks like a good one.
 */
export async function writeArchive(
  staging: string,
  manifest: Omit<Manifest, 'files'>,
  out: string,
  onFile: (bytes: number) => void,
): Promise<Manifest> {
  const files: ArchiveFile[] = []
  for (const file of await listFiles(staging)) {
    const full = path.join(staging, file)
    const { size } = await stat(full)
    files.push({ path: file, bytes: size, sha256: await sha256Of(full) })
    onFile(size)
  }
  const complete: Manifest = { ...manifest, files }
  await writeFile(path.join(staging, manifestName), JSON.stringify(complete, null, 2))
  const partial = `${out}.partial`
  await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, [manifestName, ...files.map((f) => f.path)])
  await rename(partial, out)
  return complete
}

/**
 * Unpacks an archive into `into` and checks it completely (format, version, every checksum,
 * no file missing or added) before anything else happens.
 */
export async function openArchive(file: string, into: string): Promise<Manifest> {
  const shown = path.basename(file)
  await stat(file).catch(() => {
    throw new BackupError(`The archive ${file} does not exist: name a file made by \`npm run backup\`.`)
  })
  try {
    await tar.x({ file, cwd: into, strict: true })
  } catch (error) {
    throw new BackupError(
      `The archive ${shown} is damaged or truncated (${(error as Error).message}): nothing was restored; use another copy of the backup.`,
    )
  }
  let manifest: Manifest
  try {
    manifest = JSON.parse(await readFile(path.join(into, manifestName), 'utf8')) as Manifest
  } catch {
    throw new BackupError(
      `The archive ${shown} has no readable ${manifestName}, so it is not a Heupfit backup (or it is damaged): nothing was restored.`,
    )
  }
  if (manifest.format !== archiveFormat || !Array.isArray(manifest.files)) {
    throw new BackupError(`The archive ${shown} is not a Heupfit backup: nothing was restored.`)
  }
  if (!Number.isInteger(manifest.formatVersion) || manifest.formatVersion > formatVersion) {
    throw new BackupError(
      `The archive ${shown} has format version ${manifest.formatVersion}, newer than this Heupfit reads (${formatVersion}): restore it with the version that made it.`,
    )
  }
  const listed = new Set(manifest.files.map((entry) => entry.path))
  for (const entry of manifest.files) {
    const full = path.join(into, entry.path)
    const size = await stat(full).then(
      (s) => s.size,
      () => -1,
    )
    if (size < 0)
      throw new BackupError(`The archive ${shown} lacks ${entry.path} (it is truncated): nothing was restored.`)
    if (size !== entry.bytes || (await sha256Of(full)) !== entry.sha256) {
      throw new BackupError(
        `The archive ${shown} is damaged: ${entry.path} does not match its checksum: nothing was restored; use another copy of the backup.`,
      )
    }
  }
  const extra = (await listFiles(into)).find((entry) => entry !== manifestName && !listed.has(entry))
  if (extra)
    throw new BackupError(
      `The archive ${shown} holds ${extra}, which its manifest does not list: nothing was restored.`,
    )
  return manifest
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
