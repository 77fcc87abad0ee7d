import type { CollectionSlug, DocumentViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'

import { defaultLocale, localeNames, locales, type Locale } from '@/i18n/locales'
import { editableLocales } from '@/cms/access/roles'
import { compareLocales } from './sideBySide'

const words = {
  en: {
    title: 'Languages side by side',
    intro: 'Every translatable field of this document in each language. Empty cells are not translated yet.',
    field: 'Field',
    source: 'source',
    notYet: 'Not translated yet',
    status: { source: 'Source text', missing: 'Missing', draft: 'Draft', published: 'Published', outdated: 'Outdated' },
    edit: 'Edit',
    empty: 'This document has no translatable fields yet.',
  },
  nl: {
    title: 'Talen naast elkaar',
    intro: 'Elk vertaalbaar veld van dit document in elke taal. Lege cellen zijn nog niet vertaald.',
    field: 'Veld',
    source: 'bron',
    notYet: 'Nog niet vertaald',
    status: {
      source: 'Brontekst',
      missing: 'Ontbreekt',
      draft: 'Concept',
      published: 'Gepubliceerd',
      outdated: 'Verouderd',
    },
    edit: 'Bewerken',
    empty: 'Dit document heeft nog geen vertaalbare velden.',
  },
} as const

type Status = keyof (typeof words)['en']['status']

/**
 * A document tab that shows the document's languages side by side, row by row, so that a
 * translator reads the Dutch source beside the translation, and sees what is still empty.
 * Read with the signed-in user's own access: a translator reads the source, but edits only
 * its own languages in the edit view.
 */
export async function CompareLanguages({ initPageResult, i18n, payload }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const t = words[i18n.language === 'nl' ? 'nl' : 'en']
  const collection = collectionConfig.slug as CollectionSlug

  const read = (locale: Locale) =>
    payload.findByID({
      collection,
      id: docID,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 1,
      overrideAccess: false,
      user: req.user,
    }) as unknown as Promise<Record<string, unknown>>
  const docs = Object.fromEntries(
    await Promise.all(locales.map(async (locale) => [locale, await read(locale)] as const)),
  ) as Record<Locale, Record<string, unknown>>
  const rows = compareLocales({ fields: collectionConfig.fields, docs, i18n })
  const editable: readonly Locale[] = req.user ? editableLocales(req.user) : []
  const editURL = (locale: Locale) =>
    `${payload.config.routes.admin}/collections/${collection}/${docID}?locale=${locale}`

  return (
    <Gutter className="compare-languages">
      <h2 id="compare-languages-title">{t.title}</h2>
      <p>{t.intro}</p>
      <table aria-labelledby="compare-languages-title">
        <thead>
          <tr>
            <th scope="col">{t.field}</th>
            {locales.map((locale) => {
              const status = (docs[locale]?.translationStatus ??
                (locale === defaultLocale ? 'source' : 'missing')) as Status
              return (
                <th scope="col" key={locale} lang={locale}>
                  {localeNames[locale]}
                  {locale === defaultLocale ? ` (${t.source})` : null}
                  <span className="compare-languages__status" data-status={status} lang={i18n.language}>
                    {t.status[status] ?? status}
                  </span>
                  {editable.includes(locale) ? (
                    <a className="compare-languages__edit" href={editURL(locale)} lang={i18n.language}>
                      {t.edit}
                      <span className="sr-only"> ({localeNames[locale]})</span>
                    </a>
                  ) : null}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {locales.map((locale) =>
                row.values[locale].length ? (
                  <td key={locale} lang={locale}>
                    {row.values[locale].map((paragraph, index) => (
                      <p key={index}>{paragraph}</p>
                    ))}
                  </td>
                ) : (
                  <td key={locale} data-empty="true">
                    <em>{t.notYet}</em>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p>{t.empty}</p> : null}
    </Gutter>
  )
}
