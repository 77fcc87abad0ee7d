import type { Field } from 'payload'

import { fromInline, plainText, sourceHash, type Inline } from './inline'
import type { ParsedUnit } from './read'
import { isRecord, setAt, valueAt, type Segment } from './segments'

type Data = Record<string, unknown>

/** What an import did with the units of one document. */
export type ImportReport = {
  /** Units written into the draft. */
  written: string[]
  /** Units whose Dutch source changed since the export: not written. */
  sourceChanged: string[]
  /** Units this document has no such text for (any more): not written. */
  unknown: string[]
  /** Units without a translation in the file: left as they were. */
  empty: string[]
}

/** A document's top-level fields, rows and unnamed tabs flattened. */
function topLevel(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return topLevel(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : topLevel(tab.fields)))
    return [field]
  })
}

/** Array rows get new ids in the target language: the source's ids belong to its own rows. */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds)
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([k, v]) => [k, withoutRowIds(v)]),
  )
}

/**
 * The target language's new values for the fields the file translates. Texts and groups start
 * from the translation so far; arrays and rich text take the Dutch document's structure (rows,
 * paragraphs, blocks, links), each segment the file's translation, else the translation so far
 * at the same place, else the Dutch text (as "copy the Dutch text" does).
 */
export function translatedData({
  fields,
  segments,
  units,
  translation,
  source,
}: {
  fields: Field[]
  segments: Segment[]
  units: ParsedUnit[]
  translation: Data
  source: Data
}): { data: Data; report: ImportReport } {
  const report: ImportReport = { written: [], sourceChanged: [], unknown: [], empty: [] }
  const byId = new Map(segments.map((segment) => [segment.id, segment]))
  const accepted = new Map<string, Inline[]>()
  for (const unit of units) {
    const segment = byId.get(unit.id)
    if (!segment) report.unknown.push(unit.id)
    else if ((unit.hash ?? sourceHash(unit.source)) !== segment.hash) report.sourceChanged.push(unit.id)
    else if (!unit.target || !plainText(unit.target).trim()) report.empty.push(unit.id)
    else accepted.set(unit.id, unit.target)
  }

  const data: Data = {}
  const touched = new Set([...accepted.keys()].map((id) => id.split('.')[0]))
  for (const field of topLevel(fields)) {
    if (!('name' in field) || !touched.has(field.name)) continue
    const name = field.name
    if (field.type === 'group') data[name] = structuredClone(isRecord(translation[name]) ? translation[name] : {})
    else if (field.type === 'array' || field.type === 'blocks')
      data[name] = withoutRowIds(structuredClone(source[name]))
    else if (field.type === 'richText') data[name] = structuredClone(source[name])
    const keepsStructure = field.type === 'array' || field.type === 'blocks' || field.type === 'richText'
    for (const segment of segments) {
      if (segment.id !== name && !segment.id.startsWith(`${name}.`)) continue
      const target = accepted.get(segment.id)
      if (segment.kind === 'text') {
        if (target) setAt(data, segment.id, plainText(target))
        else if (keepsStructure) {
          const before = valueAt(translation, segment.id)
          if (typeof before === 'string' && before.trim()) setAt(data, segment.id, before)
        }
        continue
      }
      const node = valueAt(data, segment.id)
      if (!isRecord(node)) continue
      if (target) node.children = fromInline(target, segment.codes)
      else {
        const before = valueAt(translation, segment.id)
        if (isRecord(before) && before.type === node.type && Array.isArray(before.children))
          node.children = structuredClone(before.children)
      }
      if (target) report.written.push(segment.id)
    }
    for (const id of accepted.keys()) {
      const segment = byId.get(id)
      if (segment?.kind === 'text' && (id === name || id.startsWith(`${name}.`))) report.written.push(id)
    }
  }
  return { data, report }
}
