import type { Locale } from '@/i18n/locales'
import type { Article, Exercise, Topic } from '@/payload-types'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

const { articles: articlesTag, exercises, topics, people, media } = cacheTags

/** What the public may see: published in this locale, never the other language's text. */
/** What an article list shows of each article. */
export type ArticleCard = Pick<Article, 'id' | 'title' | 'slug' | 'excerpt' | 'heroImage' | 'publishedAt' | 'readingTime'>

const cardFields = {
  title: true,
  slug: true,
  excerpt: true,
  heroImage: true,
  publishedAt: true,
  readingTime: true,
} as const

export const asPublic = (locale: Locale) => ({ locale, fallbackLocale: false as const, overrideAccess: false })

export const getLatestArticles = cached(
  'latest-articles',
  [articlesTag, media],
  async (locale: Locale, limit: number): Promise<ArticleCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 1,
      limit,
      sort: '-publishedAt',
      select: cardFields,
    })
    return docs
  },
)

/** One article with everything its page shows: blocks with their exercises, people, topics. */
export const getArticle = cached(
  'article',
  [articlesTag, exercises, topics, people, media],
  async (locale: Locale, slug: string): Promise<Article | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 3,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return docs[0] ?? null
  },
)

export const getArticleSlugs = cached(
  'article-slugs',
  [articlesTag],
  async (locale: Locale): Promise<{ slug: string; updatedAt: string }[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 0,
      pagination: false,
      select: { slug: true, updatedAt: true },
    })
    return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
  },
)

/** Other articles sharing a topic with this one, newest first. */
export const getRelatedArticles = cached(
  'related-articles',
  [articlesTag, media],
  async (locale: Locale, articleId: Article['id'], topicIds: Topic['id'][]): Promise<ArticleCard[]> => {
    if (topicIds.length === 0) return []
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 1,
      limit: 3,
      sort: '-publishedAt',
      where: { and: [{ id: { not_equals: articleId } }, { topics: { in: topicIds } }] },
      select: cardFields,
    })
    return docs
  },
)

export const getArticlesByTopic = cached(
  'articles-by-topic',
  [articlesTag, media],
  async (locale: Locale, topicId: Topic['id']): Promise<ArticleCard[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 1,
      pagination: false,
      sort: '-publishedAt',
      where: { topics: { in: [topicId] } },
      select: cardFields,
    })
    return docs
  },
)

function mentionsExercise(node: unknown, exerciseId: Exercise['id']): boolean {
  if (!node || typeof node !== 'object') return false
  if (Array.isArray(node)) return node.some((child) => mentionsExercise(child, exerciseId))
  const record = node as Record<string, unknown>
  if (record.exercise === exerciseId) return true
  return Object.values(record).some((value) => typeof value === 'object' && mentionsExercise(value, exerciseId))
}

/** The published articles whose body shows this exercise (as a block or in a program). */
export const getArticlesUsingExercise = cached(
  'articles-using-exercise',
  [articlesTag],
  async (locale: Locale, exerciseId: Exercise['id']): Promise<Pick<Article, 'id' | 'title' | 'slug' | 'excerpt'>[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, excerpt: true, body: true },
    })
    return docs
      .filter((doc) => mentionsExercise(doc.body, exerciseId))
      .map(({ id, title, slug, excerpt }) => ({ id, title, slug, excerpt }))
  },
)
