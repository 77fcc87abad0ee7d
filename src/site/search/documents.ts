import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { SearchDocument } from './engine'

/** The fields of rich text and its blocks that hold words a reader reads. */
const wordFields = new Set(['text', 'title', 'note', 'intro', 'quote', 'name'])

/** The words of a rich-text body, its blocks' notes, quotes and titles included. */
export function textOfRichText(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) textOfRichText(child, out)
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        if (wordFields.has(key)) out.push(value)
      } else if (typeof value === 'object') textOfRichText(value, out)
    }
  }
  return out
}

const texts = (items: { text: string }[] | null | undefined): string[] => (items ?? []).map((item) => item.text)

/**
 * What the public may read in this language, through the Local API with the public's access:
 * published in this locale, never the other language's text, never a draft.
 */
export async function loadSearchDocuments(payload: Payload, locale: Locale): Promise<SearchDocument[]> {
  const asPublic = { locale, fallbackLocale: false as const, overrideAccess: false, depth: 0, pagination: false }
  const [articles, exercises, topics] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...asPublic,
      select: { title: true, slug: true, excerpt: true, body: true },
    }),
    payload.find({
      collection: 'exercises',
      ...asPublic,
      select: {
        name: true,
        slug: true,
        summary: true,
        steps: true,
        cues: true,
        commonMistakes: true,
        safetyNotes: true,
      },
    }),
    payload.find({ collection: 'topics', ...asPublic, select: { name: true, slug: true, description: true } }),
  ])
  const documents: SearchDocument[] = []
  for (const article of articles.docs) {
    if (!article.slug || !article.title) continue
    documents.push({
      type: 'article',
      id: String(article.id),
      slug: article.slug,
      title: article.title,
      summary: article.excerpt ?? '',
      body: textOfRichText(article.body?.root).join(' '),
    })
  }
  for (const exercise of exercises.docs) {
    if (!exercise.slug || !exercise.name) continue
    documents.push({
      type: 'exercise',
      id: String(exercise.id),
      slug: exercise.slug,
      title: exercise.name,
      summary: exercise.summary ?? '',
      body: [
        ...texts(exercise.steps),
        ...texts(exercise.cues),
        ...texts(exercise.commonMistakes),
        exercise.safetyNotes ?? '',
      ].join(' '),
    })
  }
  for (const topic of topics.docs) {
    if (!topic.slug || !topic.name) continue
    documents.push({
      type: 'topic',
      id: String(topic.id),
      slug: topic.slug,
      title: topic.name,
      summary: topic.description ?? '',
      body: '',
    })
  }
  return documents
}
