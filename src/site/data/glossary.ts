import { readGlossary, type GlossaryEntry } from '@/cms/glossary/entries'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

/** Every glossary entry in every language (the page of each language and the article links read it). */
export const getGlossary = cached(
  'glossary',
  [cacheTags.glossary],
  async (): Promise<GlossaryEntry[]> => readGlossary(await getPayloadClient()),
)
