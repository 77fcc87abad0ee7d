import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  addSyntheticContent,
  exercisesFor,
  syntheticArticle,
  syntheticExercise,
  syntheticPrefix,
} from '@scripts/bench/synthetic'
import { seed } from '@/seed'
import { exercisesIn } from '@/site/data/articles'
import { blocksOf } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  await seed(payload)
})
afterAll(async () => {
  vi.restoreAllMocks()
  await payload?.destroy()
})

const publicArticles = (locale: 'nl' | 'en') =>
  payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { slug: { like: syntheticPrefix } },
  })

describe('the growth bench’s synthetic content', () => {
  it('is the same for the same number, different for another, in two languages', () => {
    expect(syntheticArticle(7, 20, 3)).toEqual(syntheticArticle(7, 20, 3))
    expect(syntheticArticle(7, 20, 3).title.nl).not.toBe(syntheticArticle(8, 20, 3).title.nl)
    const article = syntheticArticle(7, 20, 3)
    expect(article.title.nl).not.toBe(article.title.en)
    expect(article.slug).toEqual({ nl: 'bench-artikel-8', en: 'bench-article-8' })
    expect(syntheticExercise(3).slug).toEqual({ nl: 'bench-oefening-4', en: 'bench-exercise-4' })
  })

  it('never writes an English text the same as its Dutch one, which publishing would refuse (2,000 of each)', () => {
    /** A body node's settings, the same in every language; the rest is text. */
    const settings = new Set(['type', 'tone', 'weeks', 'person', 'exercise'])
    /** Every text of a value, by its path. */
    const texts = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) => (settings.has(key) ? [] : texts(inner, `${path}.${key}`)))
          : []
    let compared = 0
    for (let index = 0; index < 2000; index += 1) {
      const exercise = syntheticExercise(index)
      const article = syntheticArticle(index, 500, 6)
      for (const [nl, en] of [
        [exercise.name, exercise.summary, exercise.steps, exercise.cues].map((field) => [field.nl, field.en]),
        [article.title, article.excerpt].map((field) => [field.nl, field.en]),
        [[article.body.nl, article.body.en]],
      ].flat()) {
        const english = new Map(texts(en))
        for (const [path, text] of texts(nl)) {
          if (!/[a-z]/i.test(text) || english.get(path) === undefined) continue
          compared += 1
          expect(english.get(path), `${index}${path}`).not.toBe(text)
        }
      }
    }
    console.log(`${compared} texts compared`)
  })

  it('writes articles with exercise blocks and a program, published in Dutch and English, and adds only what is missing', async () => {
    const first = await addSyntheticContent(payload, 6)
    expect(first).toEqual({ articles: 6, exercises: exercisesFor(6) })
    const [nl, en] = [await publicArticles('nl'), await publicArticles('en')]
    expect(nl.docs).toHaveLength(6)
    expect(en.docs).toHaveLength(6)

    const exercises = await payload.find({
      collection: 'exercises',
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: false,
      depth: 1,
      pagination: false,
      where: { slug: { like: syntheticPrefix } },
    })
    expect(exercises.docs).toHaveLength(exercisesFor(6))
    const known = new Set(exercises.docs.map((exercise) => String(exercise.id)))
    // Media references: the seed's poster and video, in both languages.
    for (const exercise of exercises.docs) {
      expect(typeof exercise.poster === 'object' && exercise.poster?.mimeType).toMatch(/^image\//)
      expect(typeof exercise.video === 'object' && exercise.video?.mimeType).toBe('video/mp4')
    }
    for (const article of [...nl.docs, ...en.docs]) {
      const types = blocksOf(article.body).map((block) => block.blockType)
      expect(types).toEqual(expect.arrayContaining(['exercise', 'exerciseProgram', 'callout', 'expertQuote']))
      const shown = exercisesIn(article.body)
      expect(shown.size).toBeGreaterThan(0)
      for (const id of shown) expect(known.has(id), `exercise ${id} of ${article.slug}`).toBe(true)
      expect(article.heroImage).toBeTruthy()
      expect(article.topics?.length).toBeGreaterThan(0)
    }

    const second = await addSyntheticContent(payload, 8)
    expect(second).toEqual({ articles: 2, exercises: 0 })
    expect((await publicArticles('en')).docs).toHaveLength(8)
  })
})
