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

/**
 * A token that changes whenever the documents may have: made afresh each time the tags expire.
 * Reading it costs one small cache read per search, where comparing the documents themselves
 * meant reading and serialising all of them (megabytes at a few thousand articles).
 */
const getSearchVersion = cached(
  'search-version',
  [cacheTags.articles, cacheTags.exercises, cacheTags.topics],
  async (locale: Locale): Promise<string> => `${locale}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
)

/** The index of each language, rebuilt in this process only when its version changed. */
const indexes = new Map<Locale, { version: string; index: SearchIndex }>()

async function getSearchIndex(locale: Locale): Promise<SearchIndex> {
  const version = await getSearchVersion(locale)
  const known = indexes.get(locale)
  if (known?.version === version) return known.index
  const index = new SearchIndex(locale, await getSearchDocuments(locale))
  indexes.set(locale, { version, index })
  return index
}

/** Published articles, exercises and topics in this language that match the reader's words. */
export async function search(locale: Locale, query: string, page = 1): Promise<SearchPage> {
  return (await getSearchIndex(locale)).search(query, page)
}
