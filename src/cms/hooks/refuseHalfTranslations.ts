import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug } from 'payload'

import { defaultLocale, isLocale, localeNames, locales, type Locale } from '@/i18n/locales'
import { articleBodyBlocks } from '../blocks'
import { identicalToSource, type Untranslated } from '../fields/untranslated'
import { translate } from '../translations'
import { publishingAllLocales } from './publishOwnLanguagesOnly'
import { readWithinSave } from './readWithinSave'

type Doc = Record<string, unknown>

const confirmedIn = (doc: Doc | undefined): string[] =>
  Array.isArray(doc?.identicalConfirmed)
    ? doc.identicalConfirmed.filter((path): path is string => typeof path === 'string')
    : []

/**
 * Nothing half translated goes live. Every save of a translation records which of its parts
 * are still word for word the Dutch text (`untranslated`, shown in the sidebar, the status and
 * the side-by-side view); publishing a language is refused while any of them is neither
 * translated nor confirmed as meant to be the same (`identicalConfirmed`: names, brand words).
 * "Publish all locales" checks every translated language.
 */
export const refuseHalfTranslations =
  (collection: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ collection: config, data, originalDoc, req }) => {
    const locale = req.locale
    if (!isLocale(locale) || originalDoc?.id === undefined) return data
    const publishingAll = Boolean(req.context[publishingAllLocales])
    if (locale === defaultLocale && !publishingAll) return data
    const id = originalDoc.id as number | string
    const source = (await readWithinSave(req, { collection, id, locale: defaultLocale, draft: true })) ?? {}
    const identical = (translation: Doc) =>
      identicalToSource({ fields: config.fields, source, translation, i18n: req.i18n, blocks: articleBodyBlocks })
    const refused: (Untranslated & { locale: Locale })[] = []
    const pending = (found: Untranslated[], confirmed: string[], other: Locale) =>
      found.filter(({ path }) => !confirmed.includes(path)).map((item) => ({ ...item, locale: other }))

    let result = data
    if (locale !== defaultLocale) {
      const translation: Doc = { ...originalDoc, ...data }
      const found = identical(translation)
      // A confirmation stays only while its text is still identical: a later change ends it.
      const confirmed = confirmedIn(translation).filter((path) => found.some((item) => item.path === path))
      result = { ...data, untranslated: found, identicalConfirmed: confirmed }
      if (data._status === 'published') refused.push(...pending(found, confirmed, locale))
    }
    if (publishingAll) {
      for (const other of locales.filter((code) => code !== defaultLocale && code !== locale)) {
        const translation = await readWithinSave(req, { collection, id, locale: other, draft: true })
        if (!translation?.translatedFrom) continue
        refused.push(...pending(identical(translation), confirmedIn(translation), other))
      }
    }
    if (refused.length === 0) return result
    const several = new Set(refused.map((item) => item.locale)).size > 1 || refused[0].locale !== locale
    throw new ValidationError(
      {
        collection: collection,
        req,
        errors: refused.map((item) => ({
          path: item.field,
          label: several ? `${item.label} (${localeNames[item.locale]})` : item.label,
          message: translate(req.t, 'identicalToSource', { field: item.label }),
        })),
      },
      req.t,
    )
  }
