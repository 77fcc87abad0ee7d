import { createHash, randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'
import type { DeepPartial } from 'ts-essentials'
import { initI18n } from '@payloadcms/translations'

import { articleBodyBlocks } from '@/cms/blocks'
import { identicalToSource } from '@/cms/fields/untranslated'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { article } from './data/article'
import { exercises } from './data/exercises'
import { glossary } from './data/glossary'
import { people } from './data/people'
import { settings } from './data/settings'
import { topics } from './data/topics'
import type { Media } from '@/payload-types'
import type { Localized } from './data/types'
import { toRichText, type BodyReferences } from './lexical'

const mediaRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'media')

/** Ids are numbers in the generated types (SQLite); MongoDB hands out strings, used the same way. */
type Id = Media['id']
type Outcome = 'created' | 'updated'

/** Prints one line per step, so a long first run shows where it is. */
function report(what: string, outcomes: Outcome[]): void {
  const created = outcomes.filter((outcome) => outcome === 'created').length
  console.log(`  ${what.padEnd(10)} ${outcomes.length} (${created} new, ${outcomes.length - created} updated)`)
}

/** An array row's id that stays the same between seed runs and languages, in ObjectID form. */
const rowId = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 24)

const byLocale = <T>(make: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>

/**
 * Finds the document that `match` names (in the default locale) and writes each locale's data
 * into it, creating it first when it does not exist: a second run updates in place.
 */
/**
 * The seed's translations are reviewed: what reads the same in both languages (a name such as
 * "Dead bug") is so on purpose, and confirmed as such, or publishing would refuse it.
 */
async function sameOnPurpose<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  data: Record<Locale, object>,
  locale: Locale,
): Promise<{ identicalConfirmed?: string[] }> {
  if (locale === defaultLocale || (collection !== 'articles' && collection !== 'exercises')) return {}
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: 'en' })
  const same = identicalToSource({
    fields: payload.collections[collection].config.fields,
    source: data[defaultLocale] as Record<string, unknown>,
    translation: data[locale] as Record<string, unknown>,
    i18n,
    blocks: articleBodyBlocks,
  })
  return { identicalConfirmed: same.map((item) => item.path) }
}

async function upsert<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  match: Where,
  // Both shapes at once: what create() needs and what update() accepts.
  data: Record<Locale, RequiredDataFromCollectionSlug<S> & DeepPartial<RequiredDataFromCollectionSlug<S>>>,
  filePath?: string,
): Promise<{ id: Id; outcome: Outcome }> {
  const { docs } = await payload.find({ collection, where: match, locale: defaultLocale, limit: 1, depth: 0 })
  let id: Id | undefined = docs[0]?.id
  const outcome: Outcome = id === undefined ? 'created' : 'updated'
  for (const locale of locales) {
    const localeData: (typeof data)[Locale] = Object.assign(
      {},
      data[locale],
      await sameOnPurpose(payload, collection, data, locale),
    )
    if (id === undefined) {
      id = (await payload.create({ collection, locale, data: localeData, filePath })).id
    } else {
      await payload.update({ collection, id, locale, data: localeData })
    }
  }
  if (id === undefined) throw new Error(`The seed could not write to ${collection}.`)
  return { id, outcome }
}

async function upsertMedia(
  payload: Payload,
  file: string,
  alt?: Localized<string>,
  caption?: Localized<string>,
): Promise<{ id: Id; outcome: Outcome }> {
  return upsert(
    payload,
    'media',
    { filename: { equals: path.basename(file) } },
    byLocale((locale) => ({ alt: alt?.[locale], caption: caption?.[locale] })),
    path.join(mediaRoot, file),
  )
}

async function seedAdmin(payload: Payload): Promise<void> {
  const email = process.env.SEED_ADMIN_EMAIL?.trim() || 'admin@heupfit.local'
  const chosen = process.env.SEED_ADMIN_PASSWORD
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  const existing = docs[0]
  if (existing) {
    await payload.update({
      collection: 'users',
      id: existing.id,
      // Seeding again also lifts a lock-out after too many wrong passwords.
      data: { role: 'admin', loginAttempts: 0, lockUntil: null, ...(chosen ? { password: chosen } : {}) },
    })
    console.log(`  admin      ${email} (kept${chosen ? ', password from SEED_ADMIN_PASSWORD' : ''})`)
    return
  }
  const password = chosen || randomBytes(12).toString('base64url')
  await payload.create({ collection: 'users', data: { email, password, name: 'Admin', role: 'admin' } })
  if (chosen) console.log(`  admin      ${email} (password from SEED_ADMIN_PASSWORD)`)
  else {
    console.log(`  admin      ${email}`)
    console.log(`             password: ${password}`)
    console.log('             (shown only this once: note it, or set SEED_ADMIN_PASSWORD and seed again)')
  }
}

const navigation: Localized<{ label: string; path: string }[]> = {
  nl: [
    { label: 'Artikelen', path: '/nl' },
    { label: 'Oefeningen', path: '/nl/oefeningen' },
  ],
  en: [
    { label: 'Articles', path: '/en' },
    { label: 'Exercises', path: '/en/exercises' },
  ],
}

/** Adds the seed content, or brings it up to date when it is already there. */
export async function seed(payload: Payload): Promise<void> {
  console.log('Seeding Heupfit:')
  await seedAdmin(payload)

  const media: Outcome[] = []
  const track = <T extends { outcome: Outcome }>(result: T): T => (media.push(result.outcome), result)

  // First, so that the translations seeded below are checked against it.
  const glossaryOutcomes: Outcome[] = []
  for (const entry of glossary) {
    const { outcome } = await upsert(
      payload,
      'glossary',
      { term: { equals: entry.term[defaultLocale] } },
      byLocale((locale) => ({
        term: entry.term[locale],
        variants: entry.variants[locale],
        note: entry.note[locale],
        doNotTranslate: entry.doNotTranslate ?? false,
        translatorNote: entry.translatorNote?.[locale],
      })),
    )
    glossaryOutcomes.push(outcome)
  }
  report('glossary', glossaryOutcomes)

  const refs: BodyReferences = { exercises: new Map(), people: new Map() }
  const peopleOutcomes: Outcome[] = []
  for (const person of people) {
    const photo = track(await upsertMedia(payload, `people/${person.key}.jpg`, person.photoAlt))
    const { id, outcome } = await upsert(
      payload,
      'people',
      { name: { equals: person.name } },
      byLocale((locale) => ({
        name: person.name,
        role: person.role[locale],
        bio: person.bio[locale],
        photo: photo.id,
      })),
    )
    refs.people.set(person.key, id)
    peopleOutcomes.push(outcome)
  }
  report('people', peopleOutcomes)

  const topicIds = new Map<string, Id>()
  const topicOutcomes: Outcome[] = []
  for (const topic of topics) {
    const { id, outcome } = await upsert(
      payload,
      'topics',
      { slug: { equals: topic.slug[defaultLocale] } },
      byLocale((locale) => ({
        name: topic.name[locale],
        slug: topic.slug[locale],
        description: topic.description[locale],
      })),
    )
    topicIds.set(topic.key, id)
    topicOutcomes.push(outcome)
  }
  report('topics', topicOutcomes)

  const exerciseOutcomes: Outcome[] = []
  for (const exercise of exercises) {
    const video = track(await upsertMedia(payload, `exercises/${exercise.key}.mp4`))
    const videoWebm = track(await upsertMedia(payload, `exercises/${exercise.key}.webm`))
    const poster = track(await upsertMedia(payload, `exercises/${exercise.key}.jpg`, exercise.posterAlt))
    const captions = byLocale((locale) => `exercises/${exercise.key}.${locale}.vtt`)
    const captionIds = new Map<Locale, Id>()
    for (const locale of locales) captionIds.set(locale, track(await upsertMedia(payload, captions[locale])).id)
    const { id, outcome } = await upsert(
      payload,
      'exercises',
      { slug: { equals: exercise.slug[defaultLocale] } },
      byLocale((locale) => ({
        name: exercise.name[locale],
        slug: exercise.slug[locale],
        summary: exercise.summary[locale],
        video: video.id,
        videoWebm: videoWebm.id,
        poster: poster.id,
        captions: captionIds.get(locale),
        steps: exercise.steps[locale].map((text) => ({ text })),
        cues: exercise.cues[locale].map((text) => ({ text })),
        commonMistakes: exercise.commonMistakes[locale].map((text) => ({ text })),
        safetyNotes: exercise.safetyNotes[locale],
        type: exercise.type,
        difficulty: exercise.difficulty,
        bodyRegions: exercise.bodyRegions,
        equipment: exercise.equipment,
        defaultDosage: exercise.dosage,
        // The seed's translations match its source text.
        markReviewed: locale !== defaultLocale,
        _status: 'published' as const,
      })),
    )
    refs.exercises.set(exercise.key, id)
    exerciseOutcomes.push(outcome)
  }
  report('exercises', exerciseOutcomes)

  const hero = track(await upsertMedia(payload, `articles/${article.key}.jpg`, article.heroAlt, article.heroCaption))
  const { outcome: articleOutcome } = await upsert(
    payload,
    'articles',
    { slug: { equals: article.slug[defaultLocale] } },
    byLocale((locale) => ({
      title: article.title[locale],
      slug: article.slug[locale],
      excerpt: article.excerpt[locale],
      heroImage: hero.id,
      body: toRichText(article.body[locale], refs),
      topics: article.topics.map((key: string) => {
        const id = topicIds.get(key)
        if (id === undefined)
          throw new Error(`The seed article names the topic "${key}", which the seed does not have.`)
        return id
      }),
      author: refs.people.get(article.author),
      reviewer: refs.people.get(article.reviewer),
      reviewedAt: article.reviewedAt,
      // The same row ids in both languages, so that the English notes join the Dutch rows.
      sources: article.sources.map(({ note, ...source }) => ({
        id: rowId(source.title),
        ...source,
        note: note[locale],
      })),
      publishedAt: article.publishedAt,
      meta: { description: article.metaDescription[locale] },
      markReviewed: locale !== defaultLocale,
      _status: 'published' as const,
    })),
  )
  report('articles', [articleOutcome])
  report('media', media)

  for (const locale of locales) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        siteName: settings.siteName,
        tagline: settings.tagline[locale],
        navigation: navigation[locale],
        medicalDisclaimer: settings.medicalDisclaimer[locale],
        footerText: settings.footerText[locale],
      },
    })
  }
  console.log('  settings   site name, navigation, disclaimer')
  console.log('Seed done.')
}

/** A database with no users and no articles: a fresh clone's first start. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [users, articles] = await Promise.all([
    payload.count({ collection: 'users' }),
    payload.count({ collection: 'articles' }),
  ])
  return users.totalDocs === 0 && articles.totalDocs === 0
}
