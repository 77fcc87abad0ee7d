import type { Locale } from '@/i18n/locales'
import type { Topic } from '@/payload-types'
import { asPublic } from './articles'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

/** Topics that have a name in this locale. */
export const getTopics = cached('topics', [cacheTags.topics], async (locale: Locale): Promise<Topic[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    ...asPublic(locale),
    depth: 0,
    pagination: false,
    sort: 'name',
    where: { slug: { exists: true } },
  })
  return docs.filter((topic) => topic.name && topic.slug)
})

export const getTopic = cached(
  'topic',
  [cacheTags.topics],
  async (locale: Locale, slug: string): Promise<Topic | null> =>
    (await getTopics(locale)).find((topic) => topic.slug === slug) ?? null,
)
