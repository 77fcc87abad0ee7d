import type { Locale } from '@/i18n/locales'
import type { Where } from 'payload'

import type { Article, Exercise } from '@/payload-types'
import { asPublic } from './articles'
import { getPayloadClient } from './payload'

export interface SearchResults {
  articles: Pick<Article, 'id' | 'title' | 'slug' | 'excerpt'>[]
  exercises: Pick<Exercise, 'id' | 'name' | 'slug' | 'summary'>[]
}

/** Published articles and exercises in this locale whose title or summary contains every word. */
export async function search(locale: Locale, query: string): Promise<SearchResults> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 8)
  if (words.length === 0) return { articles: [], exercises: [] }
  const containsEveryWord = (fields: string[]): Where => ({
    and: words.map((word) => ({ or: fields.map((field) => ({ [field]: { like: word } })) })),
  })
  const payload = await getPayloadClient()
  const [articles, exercises] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 0,
      limit: 20,
      where: containsEveryWord(['title', 'excerpt']),
      select: { title: true, slug: true, excerpt: true },
    }),
    payload.find({
      collection: 'exercises',
      ...asPublic(locale),
      depth: 0,
      limit: 20,
      where: containsEveryWord(['name', 'summary']),
      select: { name: true, slug: true, summary: true },
    }),
  ])
  return { articles: articles.docs, exercises: exercises.docs }
}
