import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { webVTTProblem } from '../media/webvtt'
import { translate } from '../translations'
import { isCaptionFile } from './transcriptFromCaptions'

const reasons = { badTiming: 'captionsBadTiming', noCues: 'captionsNoCues', binary: 'captionsBinary' } as const

/**
 * A caption file must be WebVTT, cue by cue: browsers silently ignore a file (or the cues) they
 * cannot parse, so a reader would get a video without captions. Refused at upload, before
 * Payload's own type check (which would only say "text/plain is not allowed"), with the reason
 * and the line.
 */
export const refuseInvalidCaptions: CollectionBeforeOperationHook<'media'> = ({ args, collection, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  if (!isCaptionFile(file)) return args
  const found = webVTTProblem(file.data)
  if (!found) return args
  const message =
    found.problem === 'notWebVTT'
      ? translate(req.t, 'captionsNotWebVTT', { file: file.name })
      : translate(req.t, 'captionsInvalidCue', {
          file: file.name,
          line: String(found.line),
          reason: translate(req.t, reasons[found.problem]),
        })
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }], req })
}
