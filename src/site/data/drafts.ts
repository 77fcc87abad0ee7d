import type { Locale } from '@/i18n/locales'
import type { Article, Exercise } from '@/payload-types'
import { getPayloadClient } from './payload'

// In draft mode (turned on only by /api/preview, for a signed-in user) the pages read the
// latest drafts, uncached, in the requested language only.

export async function getArticleDraft(locale: Locale, slug: string): Promise<Article | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 3,
    limit: 1,
    overrideAccess: true,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

export async function getExerciseDraft(locale: Locale, slug: string): Promise<Exercise | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'exercises',
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 1,
    limit: 1,
    overrideAccess: true,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}
