import type { Locale } from '@/i18n/locales'
import { SearchIndex, type SearchDocument, type SearchPage } from '../search/engine'
import { loadSearchDocuments } from '../search/documents'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

export type { SearchHit, SearchPage, SearchType, Segment } from '../search/engine'
export { pageSize } from '../search/engine'

/**
 * The published documents of a language, cached under the tags a publish or unpublish expires,
 * so that the next search after a change reads them afresh (on every instance, through the
 * shared cache).
 */
const getSearchDocuments = cached(
  'search-documents',
  [cacheTags.articles, cacheTags.exercises, cacheTags.topics],
  async (locale: Locale): Promise<SearchDocument[]> => loadSearchDocuments(await getPayloadClient(), locale),
)

/** The index of each language, rebuilt in this process only when its documents changed. */
const indexes = new Map<Locale, { source: string; index: SearchIndex }>()

async function getSearchIndex(locale: Locale): Promise<SearchIndex> {
  const documents = await getSearchDocuments(locale)
  const source = JSON.stringify(documents)
  const known = indexes.get(locale)
  if (known?.source === source) return known.index
  const index = new SearchIndex(locale, documents)
  indexes.set(locale, { source, index })
  return index
}

/** Published articles, exercises and topics in this language that match the reader's words. */
export async function search(locale: Locale, query: string, page = 1): Promise<SearchPage> {
  return (await getSearchIndex(locale)).search(query, page)
}
