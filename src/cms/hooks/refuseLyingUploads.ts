import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../translations'

/** What the site shows, by the type its bytes say, and the file name endings each may have. */
export const mediaTypes: Record<string, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'video/mp4': ['mp4', 'm4v'],
  'video/webm': ['webm'],
  'text/vtt': ['vtt'],
}

const looksLikeSvg = (bytes: Buffer): boolean => /<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8'))

/**
 * An upload is what its bytes are (read with `file-type`, the detector Payload uses), and its
 * name and claimed type must say the same: a script named photo.jpg, or a PNG sent as a video,
 * is refused. Payload by itself checks the detected type against `mimeTypes` but, when the
 * bytes match nothing it knows, falls back to the file's extension and lets it through.
 * SVG is refused outright: it may carry script, and the site has no use for it.
 */
export const refuseLyingUploads: CollectionBeforeOperationHook<'media'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const refuse = (message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }], req })
  }
  // A control character in the name (NUL, a line break) is no file name: the disk refuses it.
  if (/[\u0000-\u001f\u007f]/.test(file.name)) return refuse(translate(req.t, 'uploadBadName'))
  const extension = file.name.toLowerCase().split('.').pop() ?? ''
  if (extension === 'svg' || /svg/i.test(file.mimetype) || looksLikeSvg(file.data)) {
    return refuse(translate(req.t, 'uploadSvgRefused'))
  }
  const detected = await fileTypeFromBuffer(file.data)
  const extensions = detected ? mediaTypes[detected.mime] : undefined
  if (!detected || !extensions) return refuse(translate(req.t, 'uploadUnknownType', { file: file.name }))
  const claimed = file.mimetype.split(';')[0].trim().toLowerCase()
  const claimsSomething = claimed !== '' && claimed !== 'application/octet-stream'
  if (!extensions.includes(extension) || (claimsSomething && claimed !== detected.mime)) {
    return refuse(translate(req.t, 'uploadTypeMismatch', { file: file.name, detected: detected.mime }))
  }
  return args
}
