import type { CollectionBeforeChangeHook, CollectionSlug, Field } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { compareLocales, type ComparedRow } from '../admin/compare/sideBySide'
import { label } from '../fields/label'
import { readWithinSave } from '../hooks/readWithinSave'
import { checkGlossary, type GlossaryFlag } from './check'
import { readGlossary, type GlossaryEntry } from './entries'

/** The glossary check over the rows of the side-by-side view: the source's text beside a translation's. */
export function glossaryFlagsOf(entries: GlossaryEntry[], rows: ComparedRow[], locale: Locale): GlossaryFlag[] {
  // A slug is an address, not text a reader reads: it follows the title.
  const pairs = rows
    .filter((row) => row.key !== 'slug')
    .map((row) => ({
      key: row.key,
      label: row.label,
      source: row.values[defaultLocale].join('\n'),
      target: row.values[locale].join('\n'),
    }))
  return checkGlossary(entries, pairs, defaultLocale, locale)
}

/**
 * Per translation, the texts that do not use an approved glossary term (a warning, never a
 * refusal): written by checkGlossaryOnSave at every save of the translation, so that the save's
 * answer carries them and the sidebar lists them. Nobody writes them by hand.
 */
export const glossaryWarningsField: Field = {
  name: 'glossaryWarnings',
  type: 'json',
  localized: true,
  label: label('glossaryWarnings'),
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    components: { Field: '@/cms/admin/glossary/GlossaryWarnings#GlossaryWarnings' },
  },
}

export const checkGlossaryOnSave =
  (collection: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection: config }) => {
    const locale = req.locale
    if (!isLocale(locale) || locale === defaultLocale) return { ...data, glossaryWarnings: null }
    const id = originalDoc?.id
    const dutch =
      id === undefined ? undefined : await readWithinSave(req, { collection, id, locale: defaultLocale, draft: true })
    if (!dutch) return { ...data, glossaryWarnings: [] }
    const translation: Record<string, unknown> = { ...originalDoc, ...data }
    const rows = compareLocales({
      fields: config.fields,
      docs: { [defaultLocale]: dutch, [locale]: translation } as Record<Locale, Record<string, unknown>>,
      i18n: req.i18n,
    })
    const entries = await readGlossary(req.payload, req)
    return { ...data, glossaryWarnings: glossaryFlagsOf(entries, rows, locale) }
  }
