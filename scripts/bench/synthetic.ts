/**
 * Synthetic content for the bench's growth run (`npm run bench -- --articles 2000`): articles and
 * exercises in both languages, with exercise blocks, programs, callouts, quotes, a hero image,
 * posters, videos and captions (the seed's media files, referenced again). The text is made
 * here from a small word list, the same for the same index on every run. Only ever written into
 * the bench's own database.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { bodyRegions, difficulties, equipment, exerciseTypes } from '@/cms/collections/exerciseOptions'
import { locales, type Locale } from '@/i18n/locales'
import type { Exercise } from '@/payload-types'
import type { BodyNode, Localized } from '@/seed/data/types'
import { toRichText, type BodyReferences } from '@/seed/lexical'

/** Synthetic slugs start with this, so that a growth run finds what an earlier step added. */
export const syntheticPrefix = 'bench-'

/** One exercise for every four articles (at least ten): the library then grows with the archive. */
export const exercisesFor = (articles: number): number => Math.max(10, Math.ceil(articles / 4))

// No word is the same in both lists: a translation identical to its Dutch text is refused on
// publishing (src/cms/hooks/refuseHalfTranslations.ts), and a two-word name would now and then be.
const words: Localized<string[]> = {
  nl: 'heup bil romp been knie spier pees kracht herstel trainen loop rust pijn schema weken oefening lies bekken houding balans sprong rek stabiel langzaam rustig sterk soepel vermoeid zwaar licht hardloper afstand tempo ritme belasting opbouw'.split(' '),
  en: 'hip glute core leg knee muscle tendon strength recovery training run rest pain plan week exercise groin pelvis posture balance jump stretch stable slow calm strong supple tired heavy light runner distance pace rhythm load build'.split(' '),
}

/** A small deterministic generator (mulberry32): the same index gives the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)]

function sentence(next: Random, locale: Locale, length: number): string {
  const text = Array.from({ length }, () => pick(next, words[locale])).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

const paragraph = (next: Random, locale: Locale, sentences: number) =>
  Array.from({ length: sentences }, () => sentence(next, locale, 8 + Math.floor(next() * 8))).join(' ')

export interface SyntheticExercise {
  name: Localized<string>
  slug: Localized<string>
  summary: Localized<string>
  steps: Localized<string[]>
  cues: Localized<string[]>
  type: Exercise['type']
  difficulty: Exercise['difficulty']
  bodyRegions: NonNullable<Exercise['bodyRegions']>
  equipment: NonNullable<Exercise['equipment']>
}

/** Exercise number `index` (0-based). */
export function syntheticExercise(index: number): SyntheticExercise {
  const byLocale = <T>(make: (locale: Locale, next: Random) => T): Localized<T> =>
    Object.fromEntries(locales.map((locale) => [locale, make(locale, random(index * 7919 + locale.length))])) as Localized<T>
  const next = random(index)
  const region = pick(next, bodyRegions).value as NonNullable<Exercise['bodyRegions']>[number]
  return {
    name: byLocale((locale, n) => `${sentence(n, locale, 2).slice(0, -1)} ${index + 1}`),
    slug: { nl: `${syntheticPrefix}oefening-${index + 1}`, en: `${syntheticPrefix}exercise-${index + 1}` },
    summary: byLocale((locale, n) => paragraph(n, locale, 2)),
    steps: byLocale((locale, n) => Array.from({ length: 4 }, () => sentence(n, locale, 10))),
    cues: byLocale((locale, n) => Array.from({ length: 2 }, () => sentence(n, locale, 6))),
    type: pick(next, exerciseTypes).value as Exercise['type'],
    difficulty: pick(next, difficulties).value as Exercise['difficulty'],
    bodyRegions: [region],
    equipment: [pick(next, equipment).value as NonNullable<Exercise['equipment']>[number]],
  }
}

export interface SyntheticArticle {
  title: Localized<string>
  slug: Localized<string>
  excerpt: Localized<string>
  body: Localized<BodyNode[]>
  /** Indexes into the topics and exercises it is given. */
  topics: number[]
  exercises: number[]
  publishedAt: string
}

/**
 * Article number `index` (0-based): headings, paragraphs, a list, three exercise blocks, a
 * two-phase program, a callout and an expert quote, about the length of the seed's article.
 * `exerciseCount` is how many exercises it may refer to, `topicCount` how many topics.
 */
export function syntheticArticle(index: number, exerciseCount: number, topicCount: number): SyntheticArticle {
  const next = random(1_000_003 + index)
  const exercises = Array.from({ length: 5 }, () => Math.floor(next() * exerciseCount))
  const topics = [...new Set([index % topicCount, Math.floor(next() * topicCount)])]
  const body = (locale: Locale): BodyNode[] => {
    const n = random(2_000_003 + index * 31 + locale.length)
    return [
      { type: 'heading', level: 2, text: sentence(n, locale, 4).slice(0, -1) },
      { type: 'paragraph', text: paragraph(n, locale, 5) },
      { type: 'paragraph', text: paragraph(n, locale, 4) },
      { type: 'list', items: Array.from({ length: 4 }, () => sentence(n, locale, 5)) },
      { type: 'callout', tone: 'seeProfessional', title: sentence(n, locale, 4), text: paragraph(n, locale, 2) },
      { type: 'heading', level: 2, text: sentence(n, locale, 3).slice(0, -1) },
      { type: 'paragraph', text: paragraph(n, locale, 5) },
      ...exercises.slice(0, 3).map(
        (exercise): BodyNode => ({
          type: 'exercise',
          exercise: String(exercise),
          dosage: { sets: 3, reps: 10 + (exercise % 6), restSeconds: 60 },
          note: sentence(n, locale, 9),
        }),
      ),
      { type: 'expertQuote', quote: paragraph(n, locale, 2), person: 'reviewer' },
      {
        type: 'exerciseProgram',
        title: sentence(n, locale, 3).slice(0, -1),
        intro: sentence(n, locale, 12),
        phases: [0, 1].map((phase) => ({
          name: sentence(n, locale, 2).slice(0, -1),
          weeks: phase === 0 ? '1-3' : '4-6',
          frequencyPerWeek: 3,
          exercises: exercises.slice(3 + phase, 4 + phase).map((exercise) => ({
            exercise: String(exercise),
            dosage: { sets: 2 + phase, reps: 12 },
          })),
        })),
      },
      { type: 'heading', level: 2, text: sentence(n, locale, 3).slice(0, -1) },
      { type: 'paragraph', text: paragraph(n, locale, 6) },
    ]
  }
  const day = new Date(Date.UTC(2024, 0, 1) + index * 6 * 3600 * 1000)
  return {
    title: Object.fromEntries(
      locales.map((locale) => [locale, `${sentence(random(index * 13 + locale.length), locale, 5).slice(0, -1)} ${index + 1}`]),
    ) as Localized<string>,
    slug: { nl: `${syntheticPrefix}artikel-${index + 1}`, en: `${syntheticPrefix}article-${index + 1}` },
    excerpt: Object.fromEntries(
      locales.map((locale) => [locale, paragraph(random(index * 17 + locale.length), locale, 2)]),
    ) as Localized<string>,
    body: { nl: body('nl'), en: body('en') },
    topics,
    exercises,
    publishedAt: day.toISOString(),
  }
}

type Id = Exercise['id']

/** Runs `work` inside one database transaction: on SQLite, one fsync per batch instead of one per write. */
async function inTransaction(payload: Payload, work: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await work(req)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function idOf(payload: Payload, collection: 'media' | 'people', field: string, value: string): Promise<Id> {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`The bench database lacks the seed's ${collection} ${value}: run the seed first.`)
  return docs[0].id
}

const batchSize = 50

/**
 * Adds synthetic exercises and articles until the database holds `articles` synthetic articles
 * (and exercisesFor(articles) exercises), each published in Dutch and English. A second call
 * with a larger number adds only the difference. Returns how many of each it wrote.
 */
export async function addSyntheticContent(
  payload: Payload,
  articles: number,
  log: (line: string) => void = () => {},
): Promise<{ articles: number; exercises: number }> {
  const countOf = async (collection: 'articles' | 'exercises') =>
    (await payload.count({ collection, where: { slug: { like: syntheticPrefix } }, locale: 'nl' })).totalDocs
  const [haveArticles, haveExercises] = [await countOf('articles'), await countOf('exercises')]
  const wantExercises = exercisesFor(articles)

  // The seed's media, referenced again: the hero of its article, the first exercise's video files.
  const hero = await idOf(payload, 'media', 'filename', 'overloaded-hip.jpg')
  const video = await idOf(payload, 'media', 'filename', 'glute-bridge.mp4')
  const videoWebm = await idOf(payload, 'media', 'filename', 'glute-bridge.webm')
  const poster = await idOf(payload, 'media', 'filename', 'glute-bridge.jpg')
  const captions: Record<Locale, Id> = {
    nl: await idOf(payload, 'media', 'filename', 'glute-bridge.nl.vtt'),
    en: await idOf(payload, 'media', 'filename', 'glute-bridge.en.vtt'),
  }
  const reviewer = await idOf(payload, 'people', 'name', 'Mark Jansen')
  const author = await idOf(payload, 'people', 'name', 'Sanne de Vries')
  const topicIds = (await payload.find({ collection: 'topics', depth: 0, pagination: false, sort: 'id' })).docs.map(
    (topic) => topic.id,
  )

  for (let start = haveExercises; start < wantExercises; start += batchSize) {
    await inTransaction(payload, async (req) => {
      for (let index = start; index < Math.min(wantExercises, start + batchSize); index += 1) {
        const exercise = syntheticExercise(index)
        let id: Id | undefined
        for (const locale of locales) {
          const data = {
            name: exercise.name[locale],
            slug: exercise.slug[locale],
            summary: exercise.summary[locale],
            video,
            videoWebm,
            poster,
            captions: captions[locale],
            steps: exercise.steps[locale].map((text) => ({ text })),
            cues: exercise.cues[locale].map((text) => ({ text })),
            type: exercise.type,
            difficulty: exercise.difficulty,
            bodyRegions: exercise.bodyRegions,
            equipment: exercise.equipment,
            defaultDosage: { sets: 3, reps: 12, restSeconds: 60 },
            markReviewed: locale !== 'nl',
            _status: 'published' as const,
          }
          id =
            id === undefined
              ? (await payload.create({ collection: 'exercises', locale, data, req, depth: 0 })).id
              : (await payload.update({ collection: 'exercises', id, locale, data, req, depth: 0 })).id
        }
      }
    })
    log(`bench: synthetic exercises ${Math.min(wantExercises, start + batchSize)}/${wantExercises}`)
  }

  // The synthetic exercises' ids in creation order, for the articles' blocks to point at.
  const exerciseIds = (
    await payload.find({
      collection: 'exercises',
      where: { slug: { like: syntheticPrefix } },
      locale: 'nl',
      depth: 0,
      pagination: false,
      sort: 'id',
      select: {},
    })
  ).docs.map((doc) => doc.id)

  for (let start = haveArticles; start < articles; start += batchSize) {
    await inTransaction(payload, async (req) => {
      for (let index = start; index < Math.min(articles, start + batchSize); index += 1) {
        const article = syntheticArticle(index, exerciseIds.length, topicIds.length)
        const refs: BodyReferences = {
          exercises: new Map(article.exercises.map((at) => [String(at), exerciseIds[at]])),
          people: new Map([['reviewer', reviewer]]),
        }
        let id: Id | undefined
        for (const locale of locales) {
          const data = {
            title: article.title[locale],
            slug: article.slug[locale],
            excerpt: article.excerpt[locale],
            heroImage: hero,
            body: toRichText(article.body[locale], refs),
            topics: article.topics.map((at) => topicIds[at]),
            author,
            reviewer,
            reviewedAt: article.publishedAt,
            publishedAt: article.publishedAt,
            markReviewed: locale !== 'nl',
            _status: 'published' as const,
          }
          id =
            id === undefined
              ? (await payload.create({ collection: 'articles', locale, data, req, depth: 0 })).id
              : (await payload.update({ collection: 'articles', id, locale, data, req, depth: 0 })).id
        }
      }
    })
    log(`bench: synthetic articles ${Math.min(articles, start + batchSize)}/${articles}`)
  }
  return { articles: Math.max(0, articles - haveArticles), exercises: Math.max(0, wantExercises - haveExercises) }
}
