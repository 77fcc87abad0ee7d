import type { ServerProps } from 'payload'

import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { editableLocales } from '../access/roles'
import { translate, type AdminKey } from '../translations'
import {
  collectionWords,
  countsIn,
  filterFor,
  toQuery,
  translatedCollections as collections,
  type Kind,
} from './translationCounts'

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
