import type { Block, Field } from 'payload'

import { isLanguageText, notTranslatable } from '@/cms/fields/untranslated'
import { plainText, sourceHash, toInline, type Code, type Inline } from './inline'

type Data = Record<string, unknown>

/** One translatable piece of a document: a text field, an array item's text, a paragraph. */
export type Segment = {
  /** The field path, as the unit id: "title", "steps.1.text", "body.3" (fourth paragraph), "body.5.title". */
  id: string
  kind: 'text' | 'richText'
  inline: Inline[]
  codes: Code[]
  hash: string
}

export const isRecord = (value: unknown): value is Data =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Lexical nodes that sit inside a paragraph, heading or list item. */
const inlineTypes = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'inlineBlock'])

const isIndex = (key: string) => /^\d+$/.test(key)

/** One step down a field path, through Lexical's root, children and block fields too. */
function step(value: unknown, key: string): unknown {
  const here = isRecord(value) && isRecord(value.root) ? value.root : value
  if (Array.isArray(here)) return isIndex(key) ? here[Number(key)] : undefined
  if (!isRecord(here)) return undefined
  if (here.type === 'block' && isRecord(here.fields) && !isIndex(key)) return here.fields[key]
  if (Array.isArray(here.children) && isIndex(key)) return here.children[Number(key)]
  return here[key]
}

/** The value at a field path ("body.3", "steps.1.text") of a document's data. */
export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => step(value, key), data)
}

/** Sets a text at a field path whose parent exists. */
export function setAt(data: unknown, path: string, text: string): boolean {
  const keys = path.split('.')
  const last = keys.pop() as string
  let parent = keys.length ? valueAt(data, keys.join('.')) : data
  if (isRecord(parent) && parent.type === 'block' && isRecord(parent.fields)) parent = parent.fields
  if (Array.isArray(parent) && isIndex(last)) parent[Number(last)] = text
  else if (isRecord(parent)) parent[last] = text
  else return false
  return true
}

function textSegment(id: string, text: string): Segment {
  const inline: Inline[] = [{ text }]
  return { id, kind: 'text', inline, codes: [], hash: sourceHash(inline) }
}

/** The segment of a paragraph, heading or list item; undefined when it has no words. */
export function richTextSegment(id: string, node: Data): Segment | undefined {
  const codes: Code[] = []
  const inline = toInline(Array.isArray(node.children) ? node.children : [], codes)
  if (!isLanguageText(plainText(inline))) return undefined
  return { id, kind: 'richText', inline, codes, hash: sourceHash(inline) }
}

type Walk = { blocks: Block[]; out: Segment[] }

function walkNode(walk: Walk, node: unknown, path: string) {
  if (!isRecord(node)) return
  if (node.type === 'block') {
    const fields = node.fields
    if (!isRecord(fields)) return
    const block = walk.blocks.find((candidate) => candidate.slug === fields.blockType)
    if (block) walkFields(walk, block.fields, fields, `${path}.`, true)
    return
  }
  const children = Array.isArray(node.children) ? (node.children as unknown[]) : []
  const inlineOnly = children.every((child) => isRecord(child) && inlineTypes.has(String(child.type)))
  if (children.length > 0 && inlineOnly) {
    const segment = richTextSegment(path, node)
    if (segment) walk.out.push(segment)
    return
  }
  children.forEach((child, index) => {
    if (!isRecord(child) || !inlineTypes.has(String(child.type))) walkNode(walk, child, `${path}.${index}`)
  })
}

function walkFields(walk: Walk, fields: Field[], data: Data, prefix: string, inLocalized: boolean) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      walkFields(walk, field.fields, data, prefix, inLocalized)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          walkFields(
            walk,
            tab.fields,
            isRecord(value) ? value : {},
            `${prefix}${tab.name}.`,
            inLocalized || Boolean(tab.localized),
          )
        } else walkFields(walk, tab.fields, data, prefix, inLocalized)
      }
      continue
    }
    if (!('name' in field) || notTranslatable.has(field.name) || ('virtual' in field && field.virtual)) continue
    const localized = inLocalized || Boolean('localized' in field && field.localized)
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    switch (field.type) {
      case 'group':
        if (isRecord(value)) walkFields(walk, field.fields, value, `${path}.`, localized)
        break
      case 'array':
      case 'blocks':
        // Rows shared by all languages (an article's sources) are the editors' to change, notes and all.
        if (!localized || !Array.isArray(value)) break
        value.forEach((item: unknown, index) => {
          if (!isRecord(item)) return
          const itemFields =
            field.type === 'array'
              ? field.fields
              : ((field.blocks.find((block) => block.slug === item.blockType)?.fields ?? []) as Field[])
          walkFields(walk, itemFields, item, `${path}.${index}.`, localized)
        })
        break
      case 'richText':
        if (localized && isRecord(value)) walkNode(walk, value.root, path)
        break
      case 'text':
      case 'textarea':
        if (localized && typeof value === 'string' && isLanguageText(value)) walk.out.push(textSegment(path, value))
        break
      default:
        break
    }
  }
}

/**
 * The translatable text of a document in one language, in reading order: localized text fields,
 * array items one by one, rich text paragraph by paragraph (headings and list items too), and
 * the text fields of blocks in rich text. The same walk as the untranslated check
 * (src/cms/fields/untranslated.ts), so XLIFF units and "still untranslated" marks share paths.
 */
export function segmentsOf(fields: Field[], blocks: Block[], data: Data): Segment[] {
  const walk: Walk = { blocks, out: [] }
  walkFields(walk, fields, data, '', false)
  return walk.out
}
