import type { Locale } from '@/i18n/locales'
import type { Article, Exercise, Topic } from '@/payload-types'
import { cached, cacheTags } from './cache'
import { getPayloadClient } from './payload'

const { articles: articlesTag, exercises, topics, people, media } = cacheTags

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

/** How many pages of each kind `next build` prerenders per language; the rest render on first request and are cached. */
export const prerenderedPerLocale = 50

/** The newest published articles' slugs: the ones the build prerenders. */
export const getRecentArticleSlugs = cached(
  'recent-article-slugs',
  [articlesTag],
  async (locale: Locale, limit: number): Promise<string[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 0,
      limit,
      sort: '-publishedAt',
      select: { slug: true },
    })
    return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
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

/** A topic page lists this many articles, newest first. */
export const topicPageSize = 12

/** One page of the articles on a topic, newest first, and how many there are in all. */
export const getArticlesByTopic = cached(
  'articles-by-topic',
  [articlesTag, media],
  async (locale: Locale, topicId: Topic['id'], page: number): Promise<{ articles: ArticleCard[]; total: number }> => {
    const payload = await getPayloadClient()
    const { docs, totalDocs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 1,
      limit: topicPageSize,
      page,
      sort: '-publishedAt',
      where: { topics: { in: [topicId] } },
      select: cardFields,
    })
    return { articles: docs, total: totalDocs }
  },
)

/** Every exercise a body shows, as a block or in a program: its id as text (a number on SQLite, a string on MongoDB). */
export function exercisesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return found
  if (Array.isArray(node)) {
    for (const child of node) exercisesIn(child, found)
    return found
  }
  const record = node as Record<string, unknown>
  if (typeof record.exercise === 'number' || typeof record.exercise === 'string') found.add(String(record.exercise))
  for (const value of Object.values(record)) if (typeof value === 'object') exercisesIn(value, found)
  return found
}

type ArticleMention = Pick<Article, 'id' | 'title' | 'slug'>

/**
 * Per exercise, the published articles whose body shows it. One pass over the bodies per
 * language, cached until an article changes, instead of one pass per exercise page (which made
 * prerendering every exercise page grow with exercises × articles).
 */
const getExerciseUsage = cached(
  'exercise-usage',
  [articlesTag],
  async (locale: Locale): Promise<Record<string, ArticleMention[]>> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...asPublic(locale),
      depth: 0,
      pagination: false,
      sort: '-publishedAt',
      select: { title: true, slug: true, body: true },
    })
    const usage: Record<string, ArticleMention[]> = {}
    for (const { id, title, slug, body } of docs) {
      for (const exercise of exercisesIn(body)) (usage[exercise] ??= []).push({ id, title, slug })
    }
    return usage
  },
)

/** The published articles whose body shows this exercise, newest first. */
export async function getArticlesUsingExercise(locale: Locale, exerciseId: Exercise['id']): Promise<ArticleMention[]> {
  return (await getExerciseUsage(locale))[String(exerciseId)] ?? []
}
