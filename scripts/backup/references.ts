import mongoose from 'mongoose'
import type { Block, Field, FlattenedField, SanitizedConfig } from 'payload'

/**
 * Moving a backup between SQLite (numeric ids) and MongoDB (ObjectIds): every document gets an
 * id of the target's kind, and every reference to it is rewritten, found through the
 * collections' and globals' field schemas: relationship and upload fields (single, many,
 * polymorphic, in groups, arrays, blocks and tabs, per language), and inside rich text the
 * relationship and upload nodes, internal links and the fields of blocks; in JSON fields (a
 * scheduled job's input) any `{ relationTo, value }` pair naming a collection.
 */
export type IdKind = 'number' | 'ObjectId'
export type Id = number | string
export type IdMap = Map<string, Map<string, Id>>

export const idKindOf = (adapter: string): IdKind => (adapter === 'mongoose' ? 'ObjectId' : 'number')

/** A new id per document, in archive order: 1, 2, 3… per collection, or fresh ObjectIds. */
export function assignIds(kind: IdKind, collections: Record<string, { id: Id }[]>): IdMap {
  const map: IdMap = new Map()
  for (const [slug, docs] of Object.entries(collections)) {
    const ids = new Map<string, Id>()
    docs.forEach((doc, index) =>
      ids.set(String(doc.id), kind === 'number' ? index + 1 : new mongoose.Types.ObjectId().toHexString()),
    )
    map.set(slug, ids)
  }
  return map
}

type Data = Record<string, unknown>
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

type AnyField = Field | FlattenedField

export class ReferenceRewriter {
  readonly #blocks = new Map<string, Block>()

  constructor(
    readonly config: SanitizedConfig,
    readonly ids: IdMap,
  ) {
    for (const block of config.blocks ?? []) this.#blocks.set(block.slug, block)
    const seen = new Set<unknown>()
    const collect = (fields: AnyField[]) => {
      for (const field of fields) {
        if (seen.has(field)) continue
        seen.add(field)
        if (field.type === 'richText') {
          for (const block of lexicalBlocks(field.editor)) {
            this.#blocks.set(block.slug, block)
            collect(block.fields)
          }
        }
        if ('fields' in field && Array.isArray(field.fields)) collect(field.fields)
        if (field.type === 'tabs') for (const tab of field.tabs) collect(tab.fields)
        if (field.type === 'blocks') for (const block of field.blocks) collect(block.fields)
      }
    }
    for (const collection of config.collections) collect(collection.fields)
    for (const global of config.globals) collect(global.fields)
  }

  /** The new id of a document, or the old one when the archive does not hold it (a dangling link). */
  id(collection: string, old: unknown): unknown {
    if (typeof old !== 'string' && typeof old !== 'number') return old
    return this.ids.get(collection)?.get(String(old)) ?? old
  }

  /** A copy of a document's stored data with every reference rewritten. */
  document(fields: AnyField[], data: Data): Data {
    const copy = structuredClone(data)
    this.#fields(fields, copy, false)
    return copy
  }

  #fields(fields: AnyField[], data: Data, inLocalized: boolean) {
    for (const field of fields) {
      if (!('name' in field) || !field.name) {
        // Rows, collapsibles and unnamed tabs keep their fields at this level.
        if ('fields' in field && Array.isArray(field.fields)) this.#fields(field.fields, data, inLocalized)
        if (field.type === 'tabs') {
          for (const tab of field.tabs) {
            if ('name' in tab && tab.name) {
              const value = data[tab.name]
              if (isData(value)) this.#fields(tab.fields, value, inLocalized || Boolean(tab.localized))
            } else this.#fields(tab.fields, data, inLocalized)
          }
        }
        continue
      }
      if (!(field.name in data)) continue
      const perLocale = 'localized' in field && field.localized && !inLocalized
      const value = data[field.name]
      if (perLocale && isData(value)) {
        for (const locale of Object.keys(value)) value[locale] = this.#value(field, value[locale], true)
      } else data[field.name] = this.#value(field, value, inLocalized)
    }
  }

  #value(field: AnyField, value: unknown, inLocalized: boolean): unknown {
    if (value === null || value === undefined) return value
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return this.#relation(field.relationTo, value)
      case 'group':
      case 'tab':
        if (isData(value)) this.#fields(subFields(field), value, inLocalized)
        return value
      case 'array':
        if (Array.isArray(value))
          for (const row of value) if (isData(row)) this.#fields(subFields(field), row, inLocalized)
        return value
      case 'blocks':
        if (Array.isArray(value)) for (const row of value) if (isData(row)) this.#block(row, inLocalized)
        return value
      case 'richText':
        this.#richText(value)
        return value
      case 'json':
        this.#pairs(value)
        return value
      default:
        return value
    }
  }

  #relation(relationTo: string | string[], value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.#relation(relationTo, item))
    if (Array.isArray(relationTo)) {
      if (isData(value) && typeof value.relationTo === 'string') value.value = this.id(value.relationTo, value.value)
      return value
    }
    if (isData(value) && 'id' in value) return { ...value, id: this.id(relationTo, value.id) }
    return this.id(relationTo, value)
  }

  #block(row: Data, inLocalized: boolean) {
    const block = typeof row.blockType === 'string' ? this.#blocks.get(row.blockType) : undefined
    if (block) this.#fields(subFields(block), row, inLocalized)
  }

  /** Lexical's JSON: relationship and upload nodes, internal links, blocks' fields. */
  #richText(node: unknown) {
    if (Array.isArray(node)) {
      for (const child of node) this.#richText(child)
      return
    }
    if (!isData(node)) return
    if ((node.type === 'relationship' || node.type === 'upload') && typeof node.relationTo === 'string') {
      node.value = this.#relation(node.relationTo, node.value)
    }
    const fields = node.fields
    if (isData(fields)) {
      if (isData(fields.doc) && typeof fields.doc.relationTo === 'string') {
        fields.doc.value = this.#relation(fields.doc.relationTo, fields.doc.value)
      }
      if (typeof fields.blockType === 'string') this.#block(fields, false)
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'fields') this.#richText(child)
  }

  /** Free JSON (a job's input): any `{ relationTo: <collection>, value }`. */
  #pairs(value: unknown) {
    if (Array.isArray(value)) for (const item of value) this.#pairs(item)
    if (!isData(value)) return
    if (typeof value.relationTo === 'string' && this.ids.has(value.relationTo) && 'value' in value) {
      value.value = this.id(value.relationTo, value.value)
    }
    for (const child of Object.values(value)) this.#pairs(child)
  }
}

/** A field's or block's own fields, flattened where Payload has flattened them. */
function subFields(holder: AnyField | Block): AnyField[] {
  if ('flattenedFields' in holder && Array.isArray(holder.flattenedFields)) return holder.flattenedFields
  return 'fields' in holder && Array.isArray(holder.fields) ? (holder.fields as AnyField[]) : []
}

/** The blocks a Lexical editor's BlocksFeature offers (its sanitized server config). */
function lexicalBlocks(editor: unknown): Block[] {
  type Props = { blocks?: Block[]; inlineBlocks?: Block[] }
  const features = (editor as { editorConfig?: { resolvedFeatureMap?: Map<string, unknown> } } | undefined)
    ?.editorConfig?.resolvedFeatureMap
  const feature = features?.get('blocks') as
    { sanitizedServerFeatureProps?: Props; serverFeatureProps?: Props } | undefined
  const props = feature?.sanitizedServerFeatureProps ?? feature?.serverFeatureProps
  return [...(props?.blocks ?? []), ...(props?.inlineBlocks ?? [])].filter(
    (block): block is Block => typeof block === 'object' && block !== null,
  )
}
