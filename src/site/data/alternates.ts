import { locales, type Locale } from '@/i18n/locales'
import type { DocumentCollection } from '@/i18n/paths'
import { documentLinks, type Alternates } from '../lib/paths'
import { documentOfPath } from '../lib/documentOfPath'
import { asPublic } from './articles'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

/** A number on SQLite, a string on MongoDB. */
type DocumentId = number | string


async function publishedSlug(collection: DocumentCollection, id: DocumentId, locale: Locale): Promise<string | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    ...asPublic(locale),
    depth: 0,
    limit: 1,
    where: { id: { equals: id } },
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
}

/** Where the language switcher and hreflang links lead for this document. */
export const getAlternates = cached(
  'alternates',
  [cacheTags.articles, cacheTags.exercises, cacheTags.topics],
  async (collection: DocumentCollection, id: DocumentId): Promise<Alternates> => {
    const entries = await Promise.all(
      locales.map(async (locale) => [locale, await publishedSlug(collection, id, locale)] as const),
    )
    return Object.fromEntries(entries.filter(([, slug]) => slug)) as Alternates
  },
)

/**
 * For a slug that is not published in the requested locale: the document it names (by its slug
 * in any locale, drafts included) and where that document can be read.
 */
export async function findElsewhere(collection: DocumentCollection, slug: string): Promise<Alternates> {
  const payload = await getPayloadClient()
  for (const locale of locales) {
    const { docs } = await payload.find({
      collection,
      locale,
      fallbackLocale: false,
      draft: collection !== 'topics',
      depth: 0,
      limit: 1,
      where: { slug: { equals: slug } },
      select: { slug: true },
    })
    const found = docs[0]
    if (found) return getAlternates(collection, found.id)
  }
  return {}
}


/** For a reader path that is a 404: the URLs, per other language, where its document is published. */
export async function otherLanguagesOfPath(path: string): Promise<Partial<Record<Locale, string>>> {
  const document = documentOfPath(path)
  if (!document) return {}
  const links = documentLinks(document.collection, await findElsewhere(document.collection, document.slug))
  return Object.fromEntries(
    locales.flatMap((locale) => (locale !== document.locale && links[locale] ? [[locale, links[locale]]] : [])),
  )
}
