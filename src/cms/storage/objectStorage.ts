import type { S3ClientConfig } from '@aws-sdk/client-s3'

import { ConfigurationError, type Environment } from '../database/target'

/** Media on S3-compatible object storage, when S3_BUCKET is set; else on the disk (MEDIA_DIR). */
export interface ObjectStorage {
  bucket: string
  config: S3ClientConfig
}

const settings = [
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const

/** Bucket names as S3 allows them: 3–63 lower-case letters, digits, dots and hyphens. */
const bucketPattern = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

export function resolveObjectStorage(env: Environment = process.env): ObjectStorage | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  if (!bucket) {
    const stray = settings.filter((name) => value(name))
    if (stray.length)
      throw new ConfigurationError(
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: set S3_BUCKET to keep media in object storage, or remove the S3_ settings to keep it on disk.`,
      )
    return null
  }
  if (!bucketPattern.test(bucket))
    throw new ConfigurationError(
      `S3_BUCKET "${bucket}" is not a bucket name: use 3–63 lower-case letters, digits, dots or hyphens.`,
    )
  const missing = (['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !value(name))
  if (missing.length)
    throw new ConfigurationError(
      `S3_BUCKET is set, so media go to object storage, which also needs ${missing.join(', ')}.`,
    )
  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint))
    throw new ConfigurationError(
      `S3_ENDPOINT "${endpoint}" is not an address: use e.g. https://s3.example.net or http://minio:9000.`,
    )
  const pathStyle = value('S3_FORCE_PATH_STYLE')
  if (pathStyle && !['true', 'false'].includes(pathStyle))
    throw new ConfigurationError(
      `S3_FORCE_PATH_STYLE is "${pathStyle}": use true (MinIO and most self-hosted stores) or false.`,
    )
  return {
    bucket,
    config: {
      endpoint,
      region: value('S3_REGION'),
      forcePathStyle: pathStyle === 'true',
      credentials: {
        accessKeyId: value('S3_ACCESS_KEY_ID') ?? '',
        secretAccessKey: value('S3_SECRET_ACCESS_KEY') ?? '',
      },
      // Checksums only where S3 demands them: S3-compatible stores do not all read the SDK's
      // newer trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}
