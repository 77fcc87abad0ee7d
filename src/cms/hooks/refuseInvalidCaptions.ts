import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/**
 * A caption file must be WebVTT: browsers silently ignore anything else, so a reader would
 * get a video without captions. Refuse it at upload, with the reason.
 */
export const refuseInvalidCaptions: CollectionBeforeValidateHook = ({ req, collection }) => {
  const file = req.file
  if (!file) return
  const isCaptionFile = file.mimetype === 'text/vtt' || file.name.toLowerCase().endsWith('.vtt')
  if (!isCaptionFile) return
  const head = file.data.subarray(0, 16).toString('utf8').replace(/^\uFEFF/, '')
  if (!/^WEBVTT(?:[ \t]|\r?\n|$)/.test(head)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'file',
          message: `"${file.name}" is not a WebVTT caption file: its first line must be "WEBVTT".`,
        },
      ],
    })
  }
}
