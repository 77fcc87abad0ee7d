import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'
import { makeAdminAndTranslator, paragraphs } from './support/content'
import { startPayload } from './support/payload'

let payload: Payload
let translator: User & { collection: 'users' }

beforeAll(async () => {
  payload = await startPayload()
  translator = await makeAdminAndTranslator(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

const asTranslator = () => ({ overrideAccess: false, user: translator })
let count = 0

async function dutchExercise() {
  count += 1
  return payload.create({
    collection: 'exercises',
    locale: 'nl',
    data: {
      name: `Zijplank ${count}`,
      summary: 'Sterke romp en heup',
      videoUrl: 'https://vimeo.com/123456',
      steps: [{ text: 'Ga op je zij liggen' }, { text: 'Til je heup op' }, { text: 'Houd 20 tellen vast' }],
      cues: [{ text: 'Adem rustig door' }],
      type: 'strength',
      difficulty: 'intermediate',
      bodyRegions: ['core'],
      _status: 'published',
    },
  })
}

/** What "Copy the Dutch text" leaves: the translation is the Dutch, to be translated over. */
async function copyDutchInto(collection: 'exercises' | 'articles', id: number) {
  const nl = await payload.findByID({ collection, id, locale: 'nl', depth: 0 })
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    _status: _s,
    slug: _slug,
    ...text
  } = nl as unknown as Record<string, unknown>
  // Rows get ids of their own in each language, as Payload's copy-to-locale gives them.
  const withoutRowIds = Object.fromEntries(
    Object.entries(text).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? value.map((row: unknown) => {
            if (!row || typeof row !== 'object') return row
            const { id: _rowId, ...rest } = row as Record<string, unknown>
            return rest
          })
        : value,
    ]),
  )
  await payload.update({ collection, id, locale: 'en', draft: true, data: { ...withoutRowIds, _status: 'draft' } })
}

const publishEnglish = (collection: 'exercises' | 'articles', id: number, data: Record<string, unknown> = {}) =>
  payload.update({ collection, id, locale: 'en', data: { ...data, _status: 'published' }, ...asTranslator() })

const refusal = async (attempt: Promise<unknown>) => {
  const error = (await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { status?: number; message?: string; data?: { errors: { path: string; label: string }[] } } | undefined
  expect(error?.status).toBe(400)
  return { message: error?.message ?? '', labels: (error?.data?.errors ?? []).map((item) => item.label), error }
}

describe('a half-translated exercise', () => {
  it('is not published: the Dutch steps and cue left in English are listed', async () => {
    const { id } = await dutchExercise()
    await copyDutchInto('exercises', id)
    const attempt = publishEnglish('exercises', id, {
      name: 'Side plank',
      summary: 'A strong core and hip',
      steps: [{ text: 'Lie on your side' }, { text: 'Til je heup op' }, { text: 'Houd 20 tellen vast' }],
    })
    const { labels, message, error } = await refusal(attempt)
    expect(labels).toEqual(['Steps 2', 'Steps 3', 'Coaching cues 1'])
    expect(error?.data?.errors.map((item) => item.path)).toEqual(['steps.1.text', 'steps.2.text', 'cues.0.text'])
    expect(message).toMatch(/Steps 2, Steps 3, Coaching cues 1/)
    const publicEn = await payload.find({
      collection: 'exercises',
      locale: 'en',
      overrideAccess: false,
      where: { id: { equals: id } },
    })
    expect(publicEn.docs).toHaveLength(0)
  })

  it('is marked "not translated" until translated, and publishes once the rest is translated or confirmed', async () => {
    const { id } = await dutchExercise()
    await copyDutchInto('exercises', id)
    const draft = await payload.findByID({ collection: 'exercises', id, locale: 'en', draft: true })
    expect(draft.translationStatus).toBe('notTranslated')
    expect((draft.untranslated as { label: string }[]).map((item) => item.label)).toEqual([
      'Name',
      'Summary',
      'Steps 1',
      'Steps 2',
      'Steps 3',
      'Coaching cues 1',
    ])
    await payload.update({
      collection: 'exercises',
      id,
      locale: 'en',
      draft: true,
      data: {
        summary: 'A strong core and hip',
        steps: [{ text: 'Lie on your side' }, { text: 'Lift your hip' }, { text: 'Hold for 20 counts' }],
        cues: [{ text: 'Keep breathing calmly' }],
        // The name is a name: the same in both languages, on purpose.
        identicalConfirmed: ['name'],
      },
      ...asTranslator(),
    })
    const published = await publishEnglish('exercises', id)
    expect(published.translationStatus).toBe('published')
    expect((published as { name?: string }).name).toBe(`Zijplank ${count}`)
  })

  it('never counts numbers, ranges, addresses or empty text as untranslated', async () => {
    const { id } = await dutchExercise()
    await payload.update({
      collection: 'exercises',
      id,
      locale: 'nl',
      data: { steps: [{ text: '20' }, { text: '1–2' }, { text: 'https://heupfit.nl/oefeningen' }], safetyNotes: '' },
    })
    await copyDutchInto('exercises', id)
    const published = await publishEnglish('exercises', id, {
      name: 'Side plank',
      summary: 'A strong core and hip',
      cues: [{ text: 'Keep breathing' }],
      safetyNotes: '',
    })
    expect(published._status).toBe('published')
  })
})

describe('a half-translated article', () => {
  const callout = (title: string, text: string) => ({
    type: 'block',
    format: '',
    version: 2,
    fields: { id: `callout-${count}`, blockName: '', blockType: 'callout', tone: 'tip', title, text },
  })
  const body = (texts: string[], block: ReturnType<typeof callout>): Article['body'] => {
    const base = paragraphs(...texts)
    return { root: { ...base.root, children: [...base.root.children, block] } } as Article['body']
  }

  it('is compared paragraph by paragraph and block field by block field', async () => {
    count += 1
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: {
        title: `Heuppijn ${count}`,
        excerpt: 'Wat je kunt doen',
        body: body(['Eerste alinea.', 'Tweede alinea.', 'Derde alinea.'], callout('Let op', 'Stop bij pijn.')),
        _status: 'published',
      },
    })
    await copyDutchInto('articles', article.id)
    const { labels, error } = await refusal(
      publishEnglish('articles', article.id, {
        title: 'Hip pain',
        excerpt: 'What you can do',
        body: body(['First paragraph.', 'Tweede alinea.', 'Third paragraph.'], callout('Careful', 'Stop bij pijn.')),
      }),
    )
    expect(labels).toEqual(['Body ¶2', 'Body ¶4 › Text'])
    expect(error?.data?.errors.map((item) => item.path)).toEqual(['body', 'body'])
  })

  it('cannot go live in English through "publish all locales" either', async () => {
    count += 1
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: `Alles ${count}`, excerpt: 'Samenvatting', body: paragraphs('Tekst'), _status: 'published' },
    })
    await copyDutchInto('articles', article.id)
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { title: 'All' } })
    const { labels } = await refusal(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'nl',
        publishAllLocales: true,
        data: { _status: 'published' },
      }),
    )
    expect(labels).toEqual(['Excerpt (English)', 'Body ¶1 (English)'])
  })
})
