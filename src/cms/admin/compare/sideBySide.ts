import { getTranslation, type I18nClient } from '@payloadcms/translations'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Field } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { isLanguageText } from '@/cms/fields/untranslated'

/** One line of the comparison: a translatable field (or one item of it) in every language. */
export type ComparedRow = {
  key: string
  label: string
  /** Per language, the text as paragraphs; empty when the language has none. */
  values: Record<Locale, string[]>
  /** Per language, whether its text is still the source's word for word (a copy not yet translated). */
  notTranslated: Record<Locale, boolean>
}

type Data = Record<string, unknown> | null | undefined
type EditorState = Parameters<typeof convertLexicalToPlaintext>[0]['data']
type EditorNode = EditorState['root']['children'][number]

/** Bookkeeping, not text a translator translates. */
const notCompared = new Set([
  'glossaryWarnings',
  'markReviewed',
  'translatedFrom',
  'translationState',
  'translationStatus',
])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** A block or upload in the comparison: what it is, and its name or file where it has one. */
function describe(value: unknown): string {
  if (!isRecord(value)) return value === null || value === undefined || value === '' ? '' : String(value)
  const name = value.title ?? value.name ?? value.filename ?? value.alt ?? value.id
  return typeof name === 'string' || typeof name === 'number' ? String(name) : ''
}

/** Rich text as its top-level paragraphs; a block inside it as "[block type: its text]". */
function richTextParagraphs(value: unknown): string[] {
  if (!isRecord(value) || !isRecord(value.root) || !Array.isArray(value.root.children)) return []
  return (value.root.children as EditorNode[])
    .map((node) => {
      if (node.type === 'block' && isRecord((node as { fields?: unknown }).fields)) {
        const fields = (node as unknown as { fields: Record<string, unknown> }).fields
        const texts = Object.entries(fields)
          .filter(([key, inner]) => !['id', 'blockType', 'blockName'].includes(key) && typeof inner === 'string')
          .map(([, inner]) => inner as string)
        const parts = [...Object.values(fields).filter(isRecord).map(describe).filter(Boolean), ...texts]
        return `[${String(fields.blockType)}${parts.length ? `: ${parts.join(' · ')}` : ''}]`
      }
      return convertLexicalToPlaintext({
        data: { root: { ...(value.root as Record<string, unknown>), children: [node] } } as EditorState,
      })
    })
    .map((text) => text.trim())
    .filter(Boolean)
}

function asText(field: Field, value: unknown, i18n: I18nClient): string[] {
  if (value === null || value === undefined || value === '') return []
  switch (field.type) {
    case 'richText':
      return richTextParagraphs(value)
    case 'select': {
      const chosen = Array.isArray(value) ? value : [value]
      return chosen.map((option) => {
        const match = field.options.find(
          (candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === option,
        )
        const text = match && typeof match === 'object' ? getTranslation(match.label, i18n) : undefined
        return typeof text === 'string' ? text : String(option)
      })
    }
    case 'upload':
    case 'relationship':
      return (Array.isArray(value) ? value : [value]).map(describe).filter(Boolean)
    default:
      return isRecord(value) || Array.isArray(value) ? [JSON.stringify(value)] : [String(value)]
  }
}

/**
 * Walks a collection's fields through the same document read in each language and lists the
 * localized ones side by side: arrays and blocks item by item, rich text paragraph by
 * paragraph, so that a translator sees each source sentence beside its translation.
 */
export function compareLocales({
  fields,
  docs,
  i18n,
}: {
  fields: Field[]
  docs: Record<Locale, Data>
  i18n: I18nClient
}): ComparedRow[] {
  const localeCodes = Object.keys(docs) as Locale[]
  const rows: Omit<ComparedRow, 'notTranslated'>[] = []
  const valuesOf = (read: (doc: Data) => string[]) =>
    Object.fromEntries(localeCodes.map((locale) => [locale, read(docs[locale])])) as Record<Locale, string[]>

  const walk = (
    fieldsHere: Field[],
    pick: (doc: Data) => Data,
    prefix: { key: string; label: string },
    inLocalized: boolean,
  ) => {
    for (const field of fieldsHere) {
      if (field.type === 'row' || field.type === 'collapsible') {
        walk(field.fields, pick, prefix, inLocalized)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            const name = tab.name
            const tabLabel = getTranslation(tab.label || name, i18n)
            walk(
              tab.fields,
              (doc) => pick(doc)?.[name] as Data,
              { key: `${prefix.key}${name}.`, label: `${prefix.label}${tabLabel} › ` },
              inLocalized || Boolean(tab.localized),
            )
          } else walk(tab.fields, pick, prefix, inLocalized)
        }
        continue
      }
      if (!('name' in field) || notCompared.has(field.name) || field.type === 'ui' || field.type === 'join') continue
      if (field.admin?.hidden || field.hidden || ('virtual' in field && field.virtual)) continue
      const localized = inLocalized || Boolean(field.localized)
      const name = field.name
      const key = `${prefix.key}${name}`
      const fieldLabel = `${prefix.label}${'label' in field && field.label ? getTranslation(field.label as never, i18n) : name}`
      const value = (doc: Data) => pick(doc)?.[name]

      if (field.type === 'group') {
        walk(field.fields, (doc) => value(doc) as Data, { key: `${key}.`, label: `${fieldLabel} › ` }, localized)
        continue
      }
      if (field.type === 'array' || field.type === 'blocks') {
        const items = (doc: Data) => (Array.isArray(value(doc)) ? (value(doc) as Data[]) : [])
        const length = Math.max(0, ...localeCodes.map((locale) => items(docs[locale]).length))
        for (let index = 0; index < length; index++) {
          const item = (doc: Data) => items(doc)[index]
          const blockType = localeCodes.map((locale) => item(docs[locale])?.blockType).find(Boolean)
          const itemFields =
            field.type === 'array'
              ? field.fields
              : (field.blocks.find((block) => block.slug === blockType)?.fields ?? [])
          const itemPrefix = { key: `${key}.${index}.`, label: `${fieldLabel} ${index + 1}` }
          const single = itemFields.filter((inner) => 'name' in inner)
          if (single.length === 1 && 'name' in single[0]) {
            const only = single[0]
            if (localized || ('localized' in only && only.localized))
              rows.push({
                key: `${itemPrefix.key}${only.name}`,
                label: itemPrefix.label,
                values: valuesOf((doc) => asText(only, item(doc)?.[only.name], i18n)),
              })
          } else walk(itemFields, item, { key: itemPrefix.key, label: `${itemPrefix.label} › ` }, localized)
        }
        continue
      }
      if (!localized || field.type === 'checkbox' || field.type === 'point') continue
      if (field.type === 'richText') {
        const paragraphs = valuesOf((doc) => richTextParagraphs(value(doc)))
        const length = Math.max(0, ...localeCodes.map((locale) => paragraphs[locale].length))
        for (let index = 0; index < length; index++)
          rows.push({
            key: `${key}.${index}`,
            label: `${fieldLabel} ¶${index + 1}`,
            values: Object.fromEntries(
              localeCodes.map((locale) => [locale, paragraphs[locale].slice(index, index + 1)]),
            ) as Record<Locale, string[]>,
          })
        continue
      }
      rows.push({ key, label: fieldLabel, values: valuesOf((doc) => asText(field, value(doc), i18n)) })
    }
  }

  walk(fields, (doc) => doc, { key: '', label: '' }, false)
  return rows.map((row) => ({ ...row, notTranslated: markNotTranslated(row.values) }))
}

function markNotTranslated(values: Record<Locale, string[]>): Record<Locale, boolean> {
  const source = values[defaultLocale] ?? []
  const same = (text: string[]) => text.length > 0 && text.some(isLanguageText) && text.join('\n') === source.join('\n')
  return Object.fromEntries(
    Object.entries(values).map(([locale, text]) => [locale, locale !== defaultLocale && same(text)]),
  ) as Record<Locale, boolean>
}
