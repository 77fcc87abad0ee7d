import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionSlug, Field, FieldHook } from 'payload'

import { defaultLocale, isLocale, locales, localeNames } from '@/i18n/locales'
import { isSignedInField } from '../access/roles'
import { readWithinSave } from '../hooks/readWithinSave'
import { label } from './label'

const translatedLocales = locales.filter((locale) => locale !== defaultLocale)

export const translationStatuses = ['source', 'missing', 'draft', 'published', 'outdated', 'notTranslated'] as const
export type TranslationStatus = (typeof translationStatuses)[number]

type TranslationState = { sourceHash?: string | null; outdatedLocales?: string[] | null }

/** The meaningful part of a value: no empty fields, no row ids (a save may add them). */
function meaningful(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(meaningful)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, meaningful(inner)] as const)
      .filter(([, inner]) => inner !== undefined)
    return entries.length ? Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))) : undefined
  }
  return value === null || value === '' ? undefined : value
}

/** A fingerprint of the source text: the fields a translator translates, in the source language. */
function fingerprint(values: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(values.map(meaningful)))
    .digest('hex')
    .slice(0, 16)
}

/** A localized value as afterRead may see it: already this locale's, or still all of them. */
function inLocale(value: unknown, locale: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[locale]
    : value
}

/** Parts still identical to the source that nobody confirmed as meant to be the same. */
function pendingIdentical(untranslated: unknown, confirmed: unknown): boolean {
  if (!Array.isArray(untranslated)) return false
  const ok = Array.isArray(confirmed) ? confirmed : []
  return untranslated.some((item: { path?: unknown }) => !ok.includes(item?.path))
}

/** Where the status of a translation is read: the list column, the document sidebar, the dashboard. */
const statusOf: FieldHook = ({ siblingData, req }) => {
  const locale = req.locale
  if (!isLocale(locale) || locale === defaultLocale) return 'source'
  const state = siblingData?.translationState as TranslationState | undefined
  if (!inLocale(siblingData?.translatedFrom, locale)) return 'missing'
  if (state?.outdatedLocales?.includes(locale)) return 'outdated'
  if (pendingIdentical(inLocale(siblingData?.untranslated, locale), inLocale(siblingData?.identicalConfirmed, locale)))
    return 'notTranslated'
  return inLocale(siblingData?._status, locale) === 'published' ? 'published' : 'draft'
}

/**
 * The fields that track translations: a fingerprint of the Dutch source, per language the
 * fingerprint its text was last brought up to date with, the languages now outdated, and a
 * box a translator ticks after checking the translation against the current source.
 * All of it is the editors' bookkeeping, readable only when signed in: `sourceTitle` is the
 * Dutch title of the latest save, a draft's too, and not localized, so any language's reader
 * would otherwise see unpublished Dutch text.
 */
export const translationFields: Field[] = (
  [
    {
      name: 'markReviewed',
      type: 'checkbox',
      localized: true,
      label: label('translationChecked'),
      admin: {
        position: 'sidebar',
        condition: (_, __, { user }) => Boolean(user),
        description: label('translationCheckedDescription'),
      },
    },
    { name: 'translatedFrom', type: 'text', localized: true, admin: { hidden: true } },
    // Written by refuseHalfTranslations on every save of a translation: its parts that are still
    // word for word the Dutch text, and those confirmed as meant to be the same.
    { name: 'untranslated', type: 'json', localized: true, admin: { hidden: true } },
    {
      name: 'identicalConfirmed',
      type: 'json',
      localized: true,
      label: label('identicalConfirmed'),
      admin: {
        position: 'sidebar',
        description: label('identicalConfirmedDescription'),
        condition: (_, __, { user }) => Boolean(user),
        components: { Field: '@/cms/admin/IdenticalConfirmations#IdenticalConfirmations' },
      },
    },
    {
      // The Dutch title in every language's list, so that a translator recognises a document
      // that has no title of its own yet. Kept up to date by trackTranslations.
      name: 'sourceTitle',
      type: 'text',
      label: label('dutchTitle'),
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'translationState',
      type: 'group',
      label: label('translationState'),
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'sourceHash', type: 'text', admin: { hidden: true } },
        {
          name: 'outdatedLocales',
          type: 'select',
          hasMany: true,
          label: label('outdatedTranslations'),
          options: translatedLocales.map((locale) => ({ value: locale, label: localeNames[locale] })),
        },
      ],
    },
    {
      name: 'translationStatus',
      type: 'select',
      virtual: true,
      label: label('translation'),
      options: [
        { value: 'source', label: label('sourceText') },
        { value: 'missing', label: label('missing') },
        { value: 'draft', label: label('draft') },
        { value: 'published', label: label('published') },
        { value: 'outdated', label: label('outdated') },
        { value: 'notTranslated', label: label('notTranslated') },
      ],
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [statusOf] },
    },
  ] satisfies Field[]
).map((field) => ({ ...field, access: { read: isSignedInField } }) as Field)

/**
 * Keeps the translation state up to date on every save:
 * - a change to the source text (Dutch) marks every translation made from an earlier version
 *   outdated;
 * - the first save of a translation, or a save with "checked against the source" ticked,
 *   records the source it matches and clears "outdated" for that language.
 */
export const trackTranslations =
  (collection: CollectionSlug, titleField: string, translatedFields: string[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const locale = req.locale
    if (!isLocale(locale)) return data
    const state: TranslationState = { ...originalDoc?.translationState, ...data.translationState }
    if (locale === defaultLocale) {
      const source: typeof data = { ...data, sourceTitle: data[titleField] ?? originalDoc?.[titleField] ?? null }
      const sourceHash = fingerprint(translatedFields.map((field) => source[field] ?? originalDoc?.[field] ?? null))
      if (sourceHash === state.sourceHash) return source
      let outdated: string[] = []
      if (operation === 'update' && originalDoc?.id !== undefined) {
        const all = await readWithinSave(req, { collection, id: originalDoc.id, locale: 'all', draft: true })
        const translatedFrom = (all?.translatedFrom ?? {}) as Record<string, string | null>
        outdated = translatedLocales.filter((other) => translatedFrom[other] && translatedFrom[other] !== sourceHash)
      }
      return { ...source, translationState: { sourceHash, outdatedLocales: outdated } }
    }
    const upToDate = data.markReviewed === true || !originalDoc?.translatedFrom
    if (!upToDate) return { ...data, markReviewed: false }
    return {
      ...data,
      markReviewed: false,
      translatedFrom: state.sourceHash ?? null,
      translationState: {
        sourceHash: state.sourceHash ?? null,
        outdatedLocales: (state.outdatedLocales ?? []).filter((other) => other !== locale),
      },
    }
  }
