import { ValidationError, type CollectionSlug, type FieldHook, type PayloadRequest, type TextField } from 'payload'

import { defaultLocale, isLocale, localeNames, type Locale } from '@/i18n/locales'
import { readWithinSave } from '../hooks/readWithinSave'
import { translate } from '../translations'
import { label } from './label'

/** "Heup & bil: één week!" → "heup-bil-een-week" */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const fillFromSource =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const source: unknown = data?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof value !== 'string' || !value.trim())
      return typeof source === 'string' && source.trim() ? toSlug(source) : value
    if (
      collection &&
      originalDoc?.id !== undefined &&
      isLocale(req.locale) &&
      req.locale !== defaultLocale &&
      typeof source === 'string' &&
      source.trim()
    ) {
      // A translation started as a copy of the Dutch text carries the Dutch title and slug: when
      // its title is translated, before that language is first published, the slug follows. (A
      // published translation keeps its address, even one spelled like the Dutch.)
      const read = (locale: Locale, draft: boolean) =>
        readWithinSave(req, { collection: collection.slug as CollectionSlug, id: originalDoc.id, locale, draft })
      const dutch = await read(defaultLocale, true)
      const stillTheCopy =
        dutch &&
        originalDoc[sourceField] === dutch[sourceField] &&
        value === dutch.slug &&
        source !== dutch[sourceField]
      if (stillTheCopy && (await read(req.locale, false))?._status !== 'published') return toSlug(source)
    }
    return toSlug(value)
  }

/**
 * Unique within its locale. Checked here rather than left to the database index alone, so
 * that drafts (which skip validation) and databases without unique indexes get the same
 * clear error.
 */
const ensureUniqueInLocale: FieldHook = async ({ value, originalDoc, collection, req }) => {
  if (typeof value !== 'string' || !value || !collection || !isLocale(req.locale)) return value
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as CollectionSlug,
    locale: req.locale,
    overrideAccess: true,
    req,
    where: {
      slug: { equals: value },
      ...(originalDoc?.id !== undefined ? { id: { not_equals: originalDoc.id } } : {}),
    },
  })
  if (totalDocs > 0) {
    const language = localeNames[req.locale]
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'slug',
          message: translate(req.t, 'slugTaken', { slug: value, language }),
        },
      ],
    })
  }
  return value
}

/** A per-locale URL slug, generated from `sourceField` when left empty. */
export function slugField(sourceField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    unique: true,
    label: label('slug'),
    admin: {
      position: 'sidebar',
      description: label('slugDescription'),
    },
    hooks: {
      beforeValidate: [fillFromSource(sourceField)],
      beforeChange: [ensureUniqueInLocale],
    },
    validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
      !value || slugPattern.test(value) || translate(req.t, 'slugPattern'),
  }
}
