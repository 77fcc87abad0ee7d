import { createReadStream, createWriteStream } from 'node:fs'
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

import { mediaDir } from '@/cms/collections/Media'
import { resolveObjectStorage, type ObjectStorage } from '@/cms/storage/objectStorage'

import { listFiles } from './archive'

/** Where the media files live, as backup and restore see it: the disk or an S3 bucket. */
export interface MediaStore {
  /** For messages: the folder or `s3://bucket`. */
  where: string
  list(): Promise<string[]>
  /** Copies one file out to a local path; gives its size. */
  download(name: string, to: string): Promise<number>
  /** Copies a local file in under `name`; gives its size. */
  upload(from: string, name: string): Promise<number>
  /** Deletes every file (restore --replace). */
  empty(): Promise<void>
}

export function diskStore(dir: string): MediaStore {
  return {
    where: dir,
    list: async () => (await listFiles(dir)).filter((file) => file !== '.gitkeep'),
    async download(name, to) {
      await cp(path.join(dir, name), to)
      return (await stat(to)).size
    },
    async upload(from, name) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await cp(from, path.join(dir, name))
      return (await stat(from)).size
    },
    async empty() {
      for (const entry of await readdir(dir).catch(() => [])) {
        if (entry !== '.gitkeep') await rm(path.join(dir, entry), { recursive: true, force: true })
      }
    },
  }
}

/** The bucket the storage-s3 adapter writes to, with the same settings (S3_*). */
export function bucketStore({ bucket, config }: ObjectStorage): MediaStore {
  const s3 = new S3Client(config)
  const keys = async () => {
    const found: string[] = []
    let token: string | undefined
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
      for (const object of page.Contents ?? []) if (object.Key) found.push(object.Key)
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return found.sort()
  }
  return {
    where: `s3://${bucket}`,
    list: keys,
    async download(name, to) {
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: name }))
      if (!(object.Body instanceof Readable)) throw new Error(`s3://${bucket}/${name} came back without a body.`)
      await pipeline(object.Body, createWriteStream(to))
      return (await stat(to)).size
    },
    async upload(from, name) {
      const { size } = await stat(from)
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: name, Body: createReadStream(from), ContentLength: size }),
      )
      return size
    },
    async empty() {
      const all = await keys()
      for (let start = 0; start < all.length; start += 1000) {
        const batch = all.slice(start, start + 1000).map((Key) => ({ Key }))
        await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch } }))
      }
    },
  }
}

/** The store the server writes to: the bucket when S3_BUCKET is set, else MEDIA_DIR. */
export function configuredMediaStore(): MediaStore {
  const storage = resolveObjectStorage()
  return storage ? bucketStore(storage) : diskStore(mediaDir())
}
