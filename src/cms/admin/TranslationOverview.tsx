import type { CollectionSlug, Payload, ServerProps, Where } from 'payload'

import { defaultLocale, localeNames, locales, type Locale } from '@/i18n/locales'
import { editableLocales } from '../access/roles'
import { translate, type AdminKey } from '../translations'

const collections = ['articles', 'exercises'] as const satisfies CollectionSlug[]

const collectionWords = { articles: 'articles', exercises: 'exercises' } as const satisfies Record<string, AdminKey>

type Kind = 'missing' | 'outdated' | 'draft' | 'published'

const translated: Where = { translatedFrom: { exists: true } }
const outdatedIn = (locale: Locale): Where => ({ 'translationState.outdatedLocales': { in: [locale] } })
const published: Where = { _status: { equals: 'published' } }
const unpublished: Where = { _status: { not_equals: 'published' } }

/**
 * The list-view filter for each kind of translation work in one language. "Draft" and
 * "published" count translations that are not outdated (subtracted in countsIn, since a
 * negated filter on an empty list of outdated languages matches nothing), and link to all
 * drafts or all published translations.
 */
function filterFor(kind: Kind, locale: Locale): Where {
  switch (kind) {
    case 'missing':
      return { translatedFrom: { exists: false } }
    case 'outdated':
      return outdatedIn(locale)
    case 'published':
      return { and: [translated, published] }
    case 'draft':
      return { and: [translated, unpublished] }
  }
}

/** "where[a][in][0]=en" for the admin list URL. */
function toQuery(where: Where, prefix = 'where'): string[] {
  return Object.entries(where).flatMap(([key, value]) => {
    const path = `${prefix}[${key}]`
    if (Array.isArray(value))
      return value.flatMap((item, index) =>
        typeof item === 'object'
          ? toQuery(item as Where, `${path}[${index}]`)
          : [`${path}[${index}]=${encodeURIComponent(String(item))}`],
      )
    if (value && typeof value === 'object') return toQuery(value as Where, path)
    return [`${path}=${encodeURIComponent(String(value))}`]
  })
}

async function countsIn(
  payload: Payload,
  collection: (typeof collections)[number],
  locale: Locale,
): Promise<Record<Kind, number>> {
  const count = async (where: Where) =>
    (await payload.count({ collection, locale, where, overrideAccess: true })).totalDocs
  const [missing, outdated, allPublished, allDrafts, outdatedPublished] = await Promise.all([
    count(filterFor('missing', locale)),
    count(filterFor('outdated', locale)),
    count(filterFor('published', locale)),
    count(filterFor('draft', locale)),
    count({ and: [outdatedIn(locale), published] }),
  ])
  return {
    missing,
    outdated,
    published: allPublished - outdatedPublished,
    draft: allDrafts - (outdated - outdatedPublished),
  }
}

/** The dashboard panel: per language and collection, what is missing, outdated, draft or published. */
export async function TranslationOverview({ payload, i18n, user }: ServerProps) {
  const t = (key: AdminKey) => translate(i18n.t, key)
  const own = user ? editableLocales({ ...user, collection: 'users' }) : []
  const targets = locales.filter((locale) => locale !== defaultLocale && own.includes(locale))
  if (targets.length === 0) return null
  const kinds: Kind[] = ['missing', 'outdated', 'draft', 'published']
  const rows = await Promise.all(
    targets.flatMap((locale) =>
      collections.map(async (collection) => ({
        locale,
        collection,
        counts: await countsIn(payload, collection, locale),
      })),
    ),
  )
  const adminRoute = payload.config.routes.admin
  return (
    <section className="translation-overview" aria-labelledby="translation-overview-title">
      <h2 id="translation-overview-title">{t('translationsTitle')}</h2>
      <p>{t('translationsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            {kinds.map((kind) => (
              <th key={kind} scope="col">
                {t(kind)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ locale, collection, counts }) => (
            <tr key={`${locale}-${collection}`}>
              <th scope="row">
                {t(collectionWords[collection])} · {localeNames[locale]}
              </th>
              {kinds.map((kind) => {
                const value = counts[kind]
                const href = `${adminRoute}/collections/${collection}?locale=${locale}&${toQuery(filterFor(kind, locale)).join('&')}`
                return (
                  <td key={kind} data-kind={kind}>
                    <a
                      href={href}
                      aria-label={`${t(collectionWords[collection])}, ${localeNames[locale]}: ${value} ${t(kind)}`}
                    >
                      {value}
                    </a>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
