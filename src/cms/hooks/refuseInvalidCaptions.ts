import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../translations'
import { isCaptionFile } from './transcriptFromCaptions'

/**
 * A caption file must be WebVTT: browsers silently ignore anything else, so a reader would
 * get a video without captions. Refuse it at upload, before Payload's own type check (which
 * would only say "text/plain is not allowed"), with the reason.
 */
export const refuseInvalidCaptions: CollectionBeforeOperationHook<'media'> = ({ args, collection, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  if (!isCaptionFile(file)) return args
  const head = file.data
    .subarray(0, 16)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
  if (!/^WEBVTT(?:[ \t]|\r?\n|$)/.test(head)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'file', message: translate(req.t, 'captionsNotWebVTT', { file: file.name }) }],
    })
  }
  return args
}
