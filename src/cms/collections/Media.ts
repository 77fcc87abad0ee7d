import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig, PayloadRequest, UploadConfig } from 'payload'

import { anyone, editorOrTranslatorInOwnLocale, isEditor, isSignedIn } from '../access/roles'
import { label, nameLabel } from '../fields/label'
import { translate } from '../translations'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { refuseInvalidCaptions } from '../hooks/refuseInvalidCaptions'
import { mediaTypes, refuseLyingUploads } from '../hooks/refuseLyingUploads'
import { transcriptFromCaptions } from '../hooks/transcriptFromCaptions'
import { translatorsKeepTheFile } from '../hooks/translatorsKeepTheFile'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'

/** Where uploads are written: ./media, or MEDIA_DIR (the tests use a temporary folder). */
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || 'media')

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * A file that is not on the disk is a 404. Payload answers it with a 500 ("Something went
 * wrong."), as if the server had failed. With media in object storage (S3_BUCKET) the storage
 * adapter's own handler answers instead.
 */
const missingFileIsNotFound = (async (_req, { params }) => {
  if (process.env.S3_BUCKET?.trim()) return undefined
  const dir = mediaDir()
  const file = path.resolve(dir, params.filename)
  if (!file.startsWith(dir + path.sep)) return undefined
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  return found ? undefined : Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  // Payload types a handler's answer as a Response or nothing, not either (it takes both).
}) as FileHandler

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: nameLabel('mediaFile'), plural: nameLabel('media') },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'] },
  access: {
    read: anyone,
    // Translators upload the caption files of their language.
    create: isSignedIn,
    update: editorOrTranslatorInOwnLocale,
    delete: isEditor,
  },
  hooks: {
    beforeChange: [transcriptFromCaptions],
    afterChange: [revalidateAfterChange(siteCacheTags.media)],
    afterDelete: [revalidateAfterDelete(siteCacheTags.media)],
    beforeOperation: [translatorsKeepTheFile, refuseInvalidCaptions, refuseLyingUploads],
  },
  upload: {
    staticDir: mediaDir(),
    handlers: [missingFileIsNotFound],
    mimeTypes: Object.keys(mediaTypes),
    // Served with the type Payload reads from the bytes, and never sniffed into another.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
  },
  fields: sharedFieldsForTranslators([
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: label('alternativeText'),
      admin: {
        description: label('altDescription'),
      },
      validate: (
        value: string | null | undefined,
        { data, req }: { data: { mimeType?: string | null }; req: PayloadRequest },
      ) => !data?.mimeType?.startsWith('image/') || Boolean(value?.trim()) || translate(req.t, 'altRequired'),
    },
    { name: 'caption', type: 'text', localized: true, label: label('caption') },
    {
      // Made from the file by transcriptFromCaptions; nobody writes it by hand.
      name: 'transcript',
      type: 'textarea',
      label: label('transcript'),
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        description: label('transcriptDescription'),
        condition: (data) => data?.mimeType === 'text/vtt',
      },
    },
  ]),
}
