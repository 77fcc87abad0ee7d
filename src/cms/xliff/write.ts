import { matchCodes, plainText, toInline, type Code, type Inline } from './inline'
import { isRecord, valueAt, type Segment } from './segments'

export const xliffVersions = ['2.0', '1.2'] as const
export type XliffVersion = (typeof xliffVersions)[number]

export const isXliffVersion = (value: unknown): value is XliffVersion =>
  typeof value === 'string' && (xliffVersions as readonly string[]).includes(value)

/** Our own attribute for a segment's source fingerprint; CAT tools keep unknown namespaced attributes. */
export const heupfitNamespace = 'urn:heupfit:xliff:1'

/** One document of an export: where it comes from, its Dutch segments and its translation so far. */
export type XliffDocument = {
  collection: string
  id: number | string
  segments: Segment[]
  /** The document's data in the target language, for targets already translated. */
  translation: Record<string, unknown>
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string)

/** XLIFF 2.0's fmt subtypes and XLIFF 1.2's ctypes for Lexical's text formats. */
const formatNames: Record<number, { subType?: string; ctype: string }> = {
  1: { subType: 'xlf:b', ctype: 'bold' },
  2: { subType: 'xlf:i', ctype: 'italic' },
  8: { subType: 'xlf:u', ctype: 'underlined' },
  4: { ctype: 'x-strikethrough' },
  16: { ctype: 'x-code' },
  32: { ctype: 'x-subscript' },
  64: { ctype: 'x-superscript' },
  128: { ctype: 'x-highlight' },
}

function inlineXml(inline: Inline[], codes: Code[], version: XliffVersion): string {
  return inline
    .map((item) => {
      if ('text' in item) return escape(item.text)
      const code = codes[item.code - 1]
      const id = item.code
      if ('placeholder' in item) {
        if (version === '1.2') return `<x id="${id}" ctype="${code?.kind === 'linebreak' ? 'lb' : 'x-object'}"/>`
        return code?.kind === 'linebreak'
          ? `<ph id="${id}" type="fmt" subType="xlf:lb"/>`
          : `<ph id="${id}" type="other"/>`
      }
      const inner = inlineXml(item.children, codes, version)
      const href = code?.kind === 'link' && typeof code.node.url === 'string' ? code.node.url : undefined
      if (version === '1.2') {
        const ctype =
          code?.kind === 'format' ? formatNames[code.bit]?.ctype : code?.kind === 'link' ? 'link' : 'x-other'
        return `<g id="${id}" ctype="${ctype}"${href ? ` xhtml:href="${escape(href)}"` : ''}>${inner}</g>`
      }
      if (code?.kind === 'format') {
        const subType = formatNames[code.bit]?.subType
        return `<pc id="${id}" type="fmt"${subType ? ` subType="${subType}"` : ''}>${inner}</pc>`
      }
      return `<pc id="${id}" type="${code?.kind === 'link' ? 'link' : 'other'}"${href ? ` dispStart="${escape(href)}"` : ''}>${inner}</pc>`
    })
    .join('')
}

/** The translation of a segment so far, its codes numbered as the source's; undefined when there is none. */
function existingTarget(segment: Segment, translation: Record<string, unknown>): Inline[] | undefined {
  const value = valueAt(translation, segment.id)
  if (segment.kind === 'text') return typeof value === 'string' && value.trim() ? [{ text: value }] : undefined
  if (!isRecord(value) || !Array.isArray(value.children)) return undefined
  const own: Code[] = []
  const inline = matchCodes(toInline(value.children, own), own, segment.codes)
  return plainText(inline).trim() ? inline : undefined
}

const fileRef = (document: XliffDocument) => `${document.collection}/${document.id}`

function unit20(segment: Segment, document: XliffDocument): string {
  const target = existingTarget(segment, document.translation)
  const source = inlineXml(segment.inline, segment.codes, '2.0')
  return [
    `    <unit id="${escape(segment.id)}" hf:sourceHash="${segment.hash}">`,
    `      <segment state="${target ? 'translated' : 'initial'}">`,
    `        <source xml:space="preserve">${source}</source>`,
    ...(target ? [`        <target xml:space="preserve">${inlineXml(target, segment.codes, '2.0')}</target>`] : []),
    '      </segment>',
    '    </unit>',
  ].join('\n')
}

function unit12(segment: Segment, document: XliffDocument): string {
  const target = existingTarget(segment, document.translation)
  const source = inlineXml(segment.inline, segment.codes, '1.2')
  // OmegaT and other CAT tools expect a target in every unit: the source until translated.
  const targetXml = target ? inlineXml(target, segment.codes, '1.2') : source
  return [
    `      <trans-unit id="${escape(segment.id)}" hf:sourceHash="${segment.hash}" xml:space="preserve">`,
    `        <source>${source}</source>`,
    `        <target state="${target ? 'translated' : 'needs-translation'}">${targetXml}</target>`,
    '      </trans-unit>',
  ].join('\n')
}

/** An XLIFF file with one <file> per document: the Dutch source and the target language's text so far. */
export function buildXliff({
  documents,
  sourceLanguage,
  targetLanguage,
  version,
}: {
  documents: XliffDocument[]
  sourceLanguage: string
  targetLanguage: string
  version: XliffVersion
}): string {
  const head = '<?xml version="1.0" encoding="UTF-8"?>'
  if (version === '2.0') {
    const files = documents.map((document) =>
      [
        `  <file id="${escape(`${document.collection}-${document.id}`)}" original="${escape(fileRef(document))}">`,
        ...document.segments.map((segment) => unit20(segment, document)),
        '  </file>',
      ].join('\n'),
    )
    return [
      head,
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:hf="${heupfitNamespace}" version="2.0" srcLang="${sourceLanguage}" trgLang="${targetLanguage}">`,
      ...files,
      '</xliff>',
      '',
    ].join('\n')
  }
  const files = documents.map((document) =>
    [
      `  <file original="${escape(fileRef(document))}" source-language="${sourceLanguage}" target-language="${targetLanguage}" datatype="plaintext">`,
      '    <body>',
      ...document.segments.map((segment) => unit12(segment, document)),
      '    </body>',
      '  </file>',
    ].join('\n'),
  )
  return [
    head,
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:hf="${heupfitNamespace}" xmlns:xhtml="http://www.w3.org/1999/xhtml" version="1.2">`,
    ...files,
    '</xliff>',
    '',
  ].join('\n')
}
