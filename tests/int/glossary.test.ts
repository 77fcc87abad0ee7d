import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { checkGlossary } from '@/cms/glossary/check'
import type { GlossaryEntry } from '@/cms/glossary/entries'
import { seed } from '@/seed'
import { glossary as seedGlossary } from '@/seed/data/glossary'
import { makeUser, paragraphs } from './support/content'
import { startPayload } from './support/payload'

/** A glossary entry as the check reads it (forms include the term itself). */
function entry(id: number, nl: string[], en: string[], doNotTranslate = false): GlossaryEntry {
  return {
    id,
    doNotTranslate,
    terms: {
      nl: { term: nl[0], forms: nl, note: null },
      en: en.length ? { term: en[0], forms: en, note: null } : null,
    },
  }
}

const entries: GlossaryEntry[] = [
  entry(1, ['lies', 'liespijn'], ['groin']),
  entry(2, ['heupgewricht'], ['hip joint']),
  entry(3, ['overbelasting', 'overbelast'], ['overload', 'overuse']),
  entry(4, ['labrum'], [], true),
  entry(5, ['peesaanhechting'], ['tendon attachment']),
]

/** Dutch source, English translation, and the approved terms the check should say are missing. */
const cases: { what: string; nl: string; en: string; missing: { source: string; approved: string }[] }[] = [
  {
    what: 'flags a translation that does not use the approved term',
    nl: 'Pijn diep in de lies.',
    en: 'Pain deep in the inguinal region.',
    missing: [{ source: 'lies', approved: 'groin' }],
  },
  { what: 'accepts the approved term', nl: 'Pijn diep in de lies.', en: 'Pain deep in the groin.', missing: [] },
  {
    what: 'matches inflections on both sides by stem',
    nl: 'Beide heupgewrichten doen pijn.',
    en: 'Both hip joints hurt.',
    missing: [],
  },
  {
    what: 'counts an inflected Dutch form as the term',
    nl: 'Bij overbelaste heupgewrichten helpt rust niet.',
    en: 'With overloaded hips, rest does not help.',
    missing: [{ source: 'heupgewrichten', approved: 'hip joint' }],
  },
  {
    what: 'accepts any approved form of the translation',
    nl: 'Overbelasting komt vaak voor.',
    en: 'Overuse is common.',
    missing: [],
  },
  {
    what: 'ignores case and accents',
    nl: 'LIESPIJN na het lopen.',
    en: 'GROIN pain after running.',
    missing: [],
  },
  {
    what: 'wants the whole of a term of several words',
    nl: 'Het heupgewricht is stijf.',
    en: 'The hip is stiff.',
    missing: [{ source: 'heupgewricht', approved: 'hip joint' }],
  },
  {
    what: 'keeps a do-not-translate term as it is',
    nl: 'Een scheurtje in het labrum.',
    en: 'A small tear in the labrum.',
    missing: [],
  },
  {
    what: 'flags a do-not-translate term that was translated after all',
    nl: 'Een scheurtje in het labrum.',
    en: 'A small tear in the acetabular lip.',
    missing: [{ source: 'labrum', approved: 'labrum' }],
  },
  {
    what: 'names every missing term of a text once',
    nl: 'Lies en peesaanhechting, en nog eens de lies.',
    en: 'Inguinal region and where the tendon inserts.',
    missing: [
      { source: 'Lies', approved: 'groin' },
      { source: 'peesaanhechting', approved: 'tendon attachment' },
    ],
  },
  { what: 'leaves an untranslated text to the translation status', nl: 'Pijn in de lies.', en: '', missing: [] },
  {
    what: 'does not ask for a term that the Dutch text does not use',
    nl: 'Pijn in de knie.',
    en: 'Pain in the knee, not the groin.',
    missing: [],
  },
]

describe(`the glossary check (${cases.length} cases)`, () => {
  for (const { what, nl, en, missing } of cases) {
    it(what, () => {
      const flags = checkGlossary(entries, [{ key: 'text', label: 'Text', source: nl, target: en }], 'nl', 'en')
      expect(flags.map(({ source, approved }) => ({ source, approved }))).toEqual(missing)
    })
  }
})

describe('the glossary in the CMS', () => {
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

  it('is seeded with at least 15 terms from the article, each with a note, in both languages', async () => {
    expect(seedGlossary.length).toBeGreaterThanOrEqual(15)
    for (const locale of ['nl', 'en'] as const) {
      const { docs } = await payload.find({ collection: 'glossary', locale, pagination: false, overrideAccess: false })
      expect(docs).toHaveLength(seedGlossary.length)
      expect(docs.filter((doc) => !doc.term || !doc.note).map((doc) => doc.id)).toEqual([])
    }
  })

  it('finds every approved term in the seeded English translations', async () => {
    for (const collection of ['articles', 'exercises'] as const) {
      const { docs } = await payload.find({ collection, locale: 'en', pagination: false, depth: 0, draft: true })
      const flagged = docs.flatMap((doc) =>
        (Array.isArray(doc.glossaryWarnings) ? doc.glossaryWarnings : []).map((flag) => ({ id: doc.id, flag })),
      )
      expect(flagged, collection).toEqual([])
      expect(
        docs.every((doc) => Array.isArray(doc.glossaryWarnings)),
        `${collection} were checked`,
      ).toBe(true)
    }
  })

  it('warns in the answer to a translation saved without an approved term, and still publishes it', async () => {
    const editor = await makeUser(payload, 'editor')
    const translator = await makeUser(payload, 'translator', ['en'])
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: {
        title: 'Liespijn bij hardlopers',
        excerpt: 'Waar de pijn vandaan komt.',
        body: paragraphs('Pijn diep in de lies.', 'Een scheurtje in het labrum.'),
        _status: 'published',
      },
      user: editor,
      overrideAccess: false,
    })
    expect(article.glossaryWarnings ?? null, 'Dutch is the source: nothing to check').toBeNull()
    const published = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: {
        title: 'Pain in the inguinal region',
        excerpt: 'Where the pain comes from.',
        body: paragraphs('Pain deep in the inguinal region.', 'A small tear in the acetabular lip.'),
        _status: 'published',
      },
      user: translator,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    expect(published.glossaryWarnings).toEqual([
      { key: 'title', label: 'Title', source: 'Liespijn', approved: 'groin' },
      { key: 'body.0', label: 'Body ¶1', source: 'lies', approved: 'groin' },
      { key: 'body.1', label: 'Body ¶2', source: 'labrum', approved: 'labrum' },
    ])

    const fixed = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: {
        title: 'Groin pain in runners',
        body: paragraphs('Pain deep in the groin.', 'A small tear in the labrum.'),
        glossaryWarnings: [{ key: 'forged', label: 'x', source: 'x', approved: 'x' }],
      },
      user: translator,
      overrideAccess: false,
    })
    expect(fixed.glossaryWarnings, 'computed by the check, never taken from the request').toEqual([])
  })

  it('is kept by editors, read by translators, and shown to the public without the translators’ notes', async () => {
    const editor = await makeUser(payload, 'editor')
    const translator = await makeUser(payload, 'translator', ['en'])
    const term = await payload.create({
      collection: 'glossary',
      locale: 'nl',
      data: { term: 'zitbeenknobbel', note: 'Het bot waar je op zit.', translatorNote: 'Engels: ischial tuberosity.' },
      user: editor,
      overrideAccess: false,
    })
    await expect(
      payload.create({
        collection: 'glossary',
        locale: 'nl',
        data: { term: 'heupbeen' },
        user: translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'glossary',
        id: term.id,
        locale: 'en',
        data: { term: 'sit bone' },
        user: translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const asTranslator = await payload.findByID({
      collection: 'glossary',
      id: term.id,
      locale: 'nl',
      user: translator,
      overrideAccess: false,
    })
    expect(asTranslator.translatorNote).toBe('Engels: ischial tuberosity.')
    const asPublic = await payload.findByID({
      collection: 'glossary',
      id: term.id,
      locale: 'nl',
      overrideAccess: false,
    })
    expect(asPublic.term).toBe('zitbeenknobbel')
    expect(asPublic.note).toBe('Het bot waar je op zit.')
    expect(asPublic.translatorNote).toBeUndefined()
  })
})
