import type { CollectionSlug, DocumentViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'

import { defaultLocale, localeNames, locales, type Locale } from '@/i18n/locales'
import { editableLocales } from '@/cms/access/roles'
import { translate, type AdminKey } from '@/cms/translations'
import type { GlossaryFlag } from '@/cms/glossary/check'
import { glossaryFlagsOf } from '@/cms/glossary/document'
import { readGlossary } from '@/cms/glossary/entries'
import { compareLocales } from './sideBySide'

const statusWords = {
  source: 'sourceText',
  missing: 'missing',
  draft: 'draft',
  published: 'published',
  outdated: 'outdated',
  notTranslated: 'notTranslated',
} as const satisfies Record<string, AdminKey>

type Status = keyof typeof statusWords

/**
 * A document tab that shows the document's languages side by side, row by row, so that a
 * translator reads the Dutch source beside the translation, and sees what is still empty.
 * Read with the signed-in user's own access: a translator reads the source, but edits only
 * its own languages in the edit view.
 */
export async function CompareLanguages({ initPageResult, i18n, payload }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const t = (key: AdminKey, values?: Record<string, string>) => translate(i18n.t, key, values)
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
  // Per translation and row: the approved glossary terms that its text does not use.
  const glossary = await readGlossary(payload)
  const flagged = new Map<string, GlossaryFlag[]>()
  for (const locale of locales.filter((code) => code !== defaultLocale)) {
    for (const flag of glossaryFlagsOf(glossary, rows, locale)) {
      const key = `${locale}:${flag.key}`
      flagged.set(key, [...(flagged.get(key) ?? []), flag])
    }
  }
  const editable: readonly Locale[] = req.user ? editableLocales(req.user) : []
  const editURL = (locale: Locale) =>
    `${payload.config.routes.admin}/collections/${collection}/${docID}?locale=${locale}`

  return (
    <Gutter className="compare-languages">
      <h2 id="compare-languages-title">{t('languagesTab')}</h2>
      <p>{t('compareIntro')}</p>
      <table aria-labelledby="compare-languages-title">
        <thead>
          <tr>
            <th scope="col">{t('compareField')}</th>
            {locales.map((locale) => {
              const status = (docs[locale]?.translationStatus ??
                (locale === defaultLocale ? 'source' : 'missing')) as Status
              return (
                <th scope="col" key={locale} lang={locale}>
                  {localeNames[locale]}
                  {locale === defaultLocale ? ` (${t('compareSource')})` : null}
                  <span className="compare-languages__status" data-status={status} lang={i18n.language}>
                    {status in statusWords ? t(statusWords[status]) : status}
                  </span>
                  {editable.includes(locale) ? (
                    <a className="compare-languages__edit" href={editURL(locale)} lang={i18n.language}>
                      {t('compareEdit')}
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
              {locales.map((locale) => {
                const flags = flagged.get(`${locale}:${row.key}`) ?? []
                return row.values[locale].length ? (
                  <td
                    key={locale}
                    lang={locale}
                    data-not-translated={row.notTranslated[locale] || undefined}
                    data-glossary={flags.length ? 'missing-term' : undefined}
                  >
                    {row.values[locale].map((paragraph, index) => (
                      <p key={index}>{paragraph}</p>
                    ))}
                    {row.notTranslated[locale] ? (
                      <em className="compare-languages__not-translated" lang={i18n.language}>
                        {t('notTranslatedCell')}
                      </em>
                    ) : null}
                    {flags.map((flag) => (
                      <p key={flag.source} className="compare-languages__glossary" lang={i18n.language}>
                        {t('glossaryUseInstead', { source: flag.source, approved: flag.approved })}
                      </p>
                    ))}
                  </td>
                ) : (
                  <td key={locale} data-empty="true">
                    <em>{t('compareNotYet')}</em>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p>{t('compareEmpty')}</p> : null}
    </Gutter>
  )
}
