import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

import { isLocale } from '@/i18n/locales'
import { isLimitedToSomeLocales } from '../access/roles'
import { translate } from '../translations'
import { readWithinSave } from './readWithinSave'

/** Kept by the server itself, never typed by anyone: the admin sends whatever it last read. */
const bookkeeping = new Set(['id', '_status', 'createdAt', 'updatedAt', 'sourceTitle', 'translationState'])

type Changed = { path: string; label: FlattenedField['label'] }

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

const idOf = (value: unknown): unknown => {
  if (value && typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown; relationTo?: unknown }
    if ('relationTo' in record) return `${String(record.relationTo)}:${String(idOf(record.value))}`
    return String(record.id)
  }
  return String(value)
}

/** A shared value as the database holds it, whatever form the caller sent it in. */
function comparable(field: FlattenedField, value: unknown): unknown {
  if (isEmpty(value)) return null
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return Array.isArray(value) ? value.map(idOf) : idOf(value)
    case 'date':
      return Number.isNaN(Date.parse(String(value))) ? String(value) : new Date(String(value)).toISOString()
    case 'number':
      return Array.isArray(value) ? value.map(Number) : Number(value)
    default:
      return JSON.stringify(value, (key, inner: unknown) => (key === 'id' ? undefined : inner))
  }
}

function changedFields(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  stored: Record<string, unknown>,
  prefix = '',
): Changed[] {
  return fields.flatMap((field): Changed[] => {
    if (!('name' in field) || !(field.name in data) || bookkeeping.has(field.name)) return []
    if (field.localized || field.type === 'join' || ('virtual' in field && field.virtual)) return []
    const path = `${prefix}${field.name}`
    const sent = data[field.name]
    const held = stored[field.name]
    const record = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {})
    if (field.type === 'group' || field.type === 'tab') {
      return changedFields(field.flattenedFields, record(sent), record(held), `${path}.`)
    }
    // A shared list may hold text of each language (an article's sources and their notes): the
    // items themselves are shared, their localized parts are the translator's own.
    if (field.type === 'array') {
      const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
      const [sentItems, heldItems] = [items(sent), items(held)]
      if (sentItems.length !== heldItems.length) return [{ path, label: field.label }]
      return sentItems.flatMap((item, index) =>
        changedFields(field.flattenedFields, record(item), record(heldItems[index]), `${path}.${index}.`),
      )
    }
    return JSON.stringify(comparable(field, sent)) === JSON.stringify(comparable(field, held))
      ? []
      : [{ path, label: field.label }]
  })
}

async function storedDoc(req: PayloadRequest, collection: CollectionSlug, id: unknown) {
  if ((typeof id !== 'string' && typeof id !== 'number') || !isLocale(req.locale)) return {}
  return (await readWithinSave(req, { collection, id, locale: req.locale, draft: true })) ?? {}
}

/**
 * A translator may not change what all languages share (the fields access leaves read-only):
 * rather than dropping such a change without a word, the save is refused and names the
 * fields. The admin sends every field on each save, so only values that differ from the
 * stored ones count.
 */
export const refuseSharedFieldChanges =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'update' || !isLimitedToSomeLocales(req.user)) return args
    if (!('data' in args)) return args
    const data = args.data as Record<string, unknown> | undefined
    if (!data || typeof data !== 'object') return args
    const stored = await storedDoc(req, collection.slug as CollectionSlug, 'id' in args ? args.id : undefined)
    const changed = changedFields(collection.flattenedFields, data, stored)
    if (changed.length === 0) return args
    throw new ValidationError(
      {
        collection: collection.slug,
        req,
        errors: changed.map(({ path, label }) => ({
          path,
          label: label || path,
          message: translate(req.t, 'sharedFieldForTranslator'),
        })),
      },
      req.t,
    )
  }
