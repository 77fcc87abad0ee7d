import { isLocale } from '@/i18n/locales'
import { documentPath } from '@/i18n/paths'
import { asPublic } from './articles'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

/**
 * Where an old address now lives: the redirect's document at its current slug in the
 * redirect's language (if published there), or its custom URL. Null when there is none.
 */
export const findRedirect = cached(
  'redirect',
  [cacheTags.redirects, cacheTags.articles, cacheTags.exercises, cacheTags.topics],
  async (path: string): Promise<string | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { from: { equals: path } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
    })
    const redirect = docs[0]
    if (!redirect) return null
    if (redirect.to?.type === 'custom') return redirect.to.url ?? null
    const reference = redirect.to?.reference
    if (!reference || !isLocale(redirect.locale)) return null
    const id = typeof reference.value === 'object' ? reference.value.id : reference.value
    const { docs: targets } = await payload.find({
      collection: reference.relationTo,
      ...asPublic(redirect.locale),
      depth: 0,
      limit: 1,
      where: { id: { equals: id } },
      select: { slug: true },
    })
    const slug = targets[0]?.slug
    if (!slug) return null
    const target = documentPath(redirect.locale, reference.relationTo, slug)
    return target === path ? null : target
  },
)
