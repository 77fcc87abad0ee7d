import type { FieldHook, NumberField } from 'payload'

import { label } from './label'

const wordsPerMinute = 200

function countWords(node: unknown): number {
  if (!node || typeof node !== 'object') return 0
  let words = 0
  const { text, children, fields } = node as { text?: unknown; children?: unknown; fields?: unknown }
  if (typeof text === 'string') words += text.split(/\s+/).filter(Boolean).length
  if (Array.isArray(children)) for (const child of children) words += countWords(child)
  // Blocks carry their words in fields (notes, quotes, callout text).
  if (fields && typeof fields === 'object') {
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'id' || key === 'blockType' || key === 'blockName') continue
      if (typeof value === 'string') words += value.split(/\s+/).filter(Boolean).length
      else if (Array.isArray(value)) for (const item of value) words += countWords(item)
      else words += countWords(value)
    }
  }
  return words
}

export function readingMinutes(richText: unknown): number {
  const root = (richText as { root?: unknown } | null)?.root
  return Math.max(1, Math.round(countWords(root) / wordsPerMinute))
}

const fromBody =
  (bodyField: string): FieldHook =>
  ({ siblingData, value }) =>
    siblingData?.[bodyField] ? readingMinutes(siblingData[bodyField]) : value

/** Minutes to read, per locale, worked out from the body on every save. */
export function readingTimeField(bodyField = 'body'): NumberField {
  return {
    name: 'readingTime',
    type: 'number',
    localized: true,
    label: label('readingTime'),
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeChange: [fromBody(bodyField)] },
  }
}
