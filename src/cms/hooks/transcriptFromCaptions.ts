import type { CollectionBeforeChangeHook } from 'payload'

import { storedTranscript, transcriptOf } from '../captions/transcript'

export const isCaptionFile = (file: { mimetype?: string; name: string }): boolean =>
  file.mimetype === 'text/vtt' || file.name.toLowerCase().endsWith('.vtt')

/**
 * Keeps a caption file's transcript (its cues' text, one cue a line) beside the file, made from
 * the file whenever one is uploaded: the site shows it under the video, and a caption file
 * replaced later brings its new transcript with it. Stored rather than read from the file at
 * render, so that it works the same wherever the files are kept.
 */
export const transcriptFromCaptions: CollectionBeforeChangeHook = ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const transcript = isCaptionFile(file) ? storedTranscript(transcriptOf(file.data.toString('utf8'))) : null
  return { ...data, transcript }
}
