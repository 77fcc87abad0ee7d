import { getTranslation, type I18nClient } from '@payloadcms/translations'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Block, Field } from 'payload'

/** A field (or one paragraph, item or block field) of a translation that still reads as the source. */
export type Untranslated = {
  /** Where exactly: "body.3" is the fourth paragraph of the body, "steps.1.text" the second step. */
  path: string
  /** The field in the admin's form that holds it ("body" for a paragraph of the body). */
  field: string
  label: string
}

type Data = Record<string, unknown>
type EditorState = Parameters<typeof convertLexicalToPlaintext>[0]['data']

/** Derived from other fields, or bookkeeping: never "translated" by anyone. */
export const notTranslatable = new Set([
  'id',
  'blockName',
  'slug',
  'markReviewed',
  'translatedFrom',
  'sourceTitle',
  'translationState',
  'translationStatus',
  'untranslated',
  'identicalConfirmed',
])

const isRecord = (value: unknown): value is Data => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Text a reader would read as one language or the other. Empty text, numbers and ranges
 * ("3", "1–2"), addresses (URLs, e-mail) are the same in every language, so never count.
 */
export function isLanguageText(text: string): boolean {
  const trimmed = text.trim()
  if (!/\p{L}/u.test(trimmed)) return false
  return !/^(https?:\/\/|www\.|mailto:)\S+$/i.test(trimmed) && !/^\S+@\S+\.\S+$/.test(trimmed)
}

const sameText = (source: unknown, translation: unknown) =>
  typeof source === 'string' &&
  typeof translation === 'string' &&
  isLanguageText(translation) &&
  source.trim() === translation.trim()

function nodeText(root: Data, node: unknown): string {
  return convertLexicalToPlaintext({ data: { root: { ...root, children: [node] } } as unknown as EditorState })
}

type Walk = {
  i18n: I18nClient
  blocks: Block[]
  out: Untranslated[]
}

function walkRichText(walk: Walk, source: unknown, translation: unknown, path: string, label: string) {
  const children = (value: unknown): unknown[] =>
    isRecord(value) && isRecord(value.root) && Array.isArray(value.root.children) ? value.root.children : []
  const sourceNodes = children(source)
  const translatedNodes = children(translation)
  translatedNodes.forEach((node, index) => {
    const sourceNode = sourceNodes[index]
    if (!isRecord(node) || !isRecord(sourceNode)) return
    const here = { path: `${path}.${index}`, field: path, label: `${label} ¶${index + 1}` }
    if (node.type === 'block' || sourceNode.type === 'block') {
      const fields = node.fields
      const sourceFields = sourceNode.fields
      if (!isRecord(fields) || !isRecord(sourceFields) || fields.blockType !== sourceFields.blockType) return
      const block = walk.blocks.find((candidate) => candidate.slug === fields.blockType)
      if (block) {
        const inBlock: Walk = { ...walk, out: [] }
        walkFields(inBlock, block.fields, sourceFields, fields, `${here.path}.`, `${here.label} › `, true)
        walk.out.push(...inBlock.out.map((found) => ({ ...found, field: path })))
      }
      return
    }
    const root = (translation as { root: Data }).root
    const sourceRoot = (source as { root: Data }).root
    if (sameText(nodeText(sourceRoot, sourceNode), nodeText(root, node))) walk.out.push(here)
  })
}

function walkFields(
  walk: Walk,
  fields: Field[],
  source: Data,
  translation: Data,
  pathPrefix: string,
  labelPrefix: string,
  inLocalized: boolean,
) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      walkFields(walk, field.fields, source, translation, pathPrefix, labelPrefix, inLocalized)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const name = tab.name
          walkFields(
            walk,
            tab.fields,
            isRecord(source[name]) ? source[name] : {},
            isRecord(translation[name]) ? translation[name] : {},
            `${pathPrefix}${name}.`,
            `${labelPrefix}${getTranslation(tab.label || name, walk.i18n)} › `,
            inLocalized || Boolean(tab.localized),
          )
        } else walkFields(walk, tab.fields, source, translation, pathPrefix, labelPrefix, inLocalized)
      }
      continue
    }
    if (!('name' in field) || notTranslatable.has(field.name) || ('virtual' in field && field.virtual)) continue
    const localized = inLocalized || Boolean('localized' in field && field.localized)
    const path = `${pathPrefix}${field.name}`
    const label = `${labelPrefix}${'label' in field && field.label ? getTranslation(field.label as never, walk.i18n) : field.name}`
    const sourceValue = source[field.name]
    const value = translation[field.name]
    switch (field.type) {
      case 'group':
        walkFields(
          walk,
          field.fields,
          isRecord(sourceValue) ? sourceValue : {},
          isRecord(value) ? value : {},
          `${path}.`,
          `${label} › `,
          localized,
        )
        break
      case 'array':
      case 'blocks':
        if (!Array.isArray(value) || !Array.isArray(sourceValue)) break
        value.forEach((item: unknown, index) => {
          const sourceItem: unknown = sourceValue[index]
          if (!isRecord(item) || !isRecord(sourceItem)) return
          const itemFields =
            field.type === 'array'
              ? field.fields
              : item.blockType === sourceItem.blockType
                ? ((field.blocks.find((block) => block.slug === item.blockType)?.fields ?? []) as Field[])
                : []
          const named = itemFields.filter((inner) => 'name' in inner && !notTranslatable.has(inner.name))
          // A list of one text (steps, cues) reads as "Steps 2", not "Steps 2 › Text".
          const itemLabel = named.length === 1 ? `${label} ${index + 1}` : `${label} ${index + 1} › `
          if (named.length === 1 && 'name' in named[0] && localized) {
            const only = named[0]
            if ((only.type === 'text' || only.type === 'textarea') && sameText(sourceItem[only.name], item[only.name]))
              walk.out.push({
                path: `${path}.${index}.${only.name}`,
                field: `${path}.${index}.${only.name}`,
                label: itemLabel,
              })
            return
          }
          walkFields(walk, itemFields, sourceItem, item, `${path}.${index}.`, itemLabel, localized)
        })
        break
      case 'richText':
        if (localized) walkRichText(walk, sourceValue, value, path, label)
        break
      case 'text':
      case 'textarea':
        if (localized && sameText(sourceValue, value)) walk.out.push({ path, field: path, label })
        break
      default:
        break
    }
  }
}

/**
 * The parts of a translation that are word for word the source text: text fields, rich text
 * paragraph by paragraph, arrays item by item, blocks (in rich text too) field by field.
 * Compared by position: a translation keeps the source's paragraphs and items in order.
 */
export function identicalToSource({
  fields,
  source,
  translation,
  i18n,
  blocks,
}: {
  fields: Field[]
  source: Data
  translation: Data
  i18n: I18nClient
  blocks: Block[]
}): Untranslated[] {
  const walk: Walk = { i18n, blocks, out: [] }
  walkFields(walk, fields, source, translation, '', '', false)
  return walk.out
}
