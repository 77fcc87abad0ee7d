import sax from 'sax'

import type { Inline } from './inline'

/** A file that cannot be read as XLIFF: answered as a 400 with this sentence. */
export class XliffError extends Error {
  constructor(
    message: string,
    readonly values: Record<string, string> = {},
  ) {
    super(message)
  }
}

export type ParsedUnit = { id: string; hash?: string; source: Inline[]; target?: Inline[] }
export type ParsedFile = { original: string; sourceLanguage?: string; targetLanguage?: string; units: ParsedUnit[] }
export type ParsedXliff = { version: '2.0' | '1.2'; files: ParsedFile[] }

const local = (name: string) => name.slice(name.indexOf(':') + 1)

/** Inline elements that wrap text (XLIFF 2.0 pc and mrk, 1.2 g and mrk) and that stand for a code. */
const wrappers = new Set(['pc', 'g', 'mrk'])
const placeholders = new Set(['ph', 'x', 'sc', 'ec', 'bx', 'ex', 'sm', 'em'])
/** XLIFF 1.2 codes that carry the original markup as their text: not words to import. */
const nativeCode = new Set(['bpt', 'ept', 'it', 'ph', 'sub'])

type Frame = { name: string; inline?: Inline[] }

/**
 * Reads an XLIFF 2.0 or 1.2 file: per <file>, its original ("articles/12") and units with their
 * source, target and our source fingerprint. Segments of a unit (a CAT tool may split a
 * paragraph into sentences) are joined again. Alternative translations (1.2's alt-trans) and
 * annotations are left out.
 */
export function readXliff(xml: string): ParsedXliff {
  const parser = sax.parser(true, { trim: false, normalize: false })
  const stack: Frame[] = []
  const files: ParsedFile[] = []
  let version: ParsedXliff['version'] | undefined
  let rootLanguages: { source?: string; target?: string } = {}
  let unit: ParsedUnit | undefined
  let skipDepth = 0
  let failure: string | undefined

  const current = () => stack[stack.length - 1]
  const inlineOwner = () => stack.findLast((frame) => frame.inline)

  parser.onerror = (error) => {
    failure ??= error.message.split('\n').join(' ')
    throw error
  }
  parser.onopentag = (tag) => {
    const name = local(tag.name)
    const attrs = tag.attributes
    const parent = current()
    const frame: Frame = { name }
    if (skipDepth > 0 || name === 'alt-trans' || name === 'originalData' || name === 'notes' || name === 'note')
      skipDepth += 1
    else if (!parent) {
      if (name !== 'xliff') throw new XliffError('xliffNotXliff')
      if (attrs.version === '1.2') version = '1.2'
      else if (/^2\.\d$/.test(attrs.version ?? '')) version = '2.0'
      else throw new XliffError('xliffUnknownVersion', { version: attrs.version ?? '' })
      rootLanguages = { source: attrs.srcLang, target: attrs.trgLang }
    } else if (name === 'file') {
      files.push({
        original: attrs.original ?? '',
        sourceLanguage: attrs['source-language'] ?? rootLanguages.source,
        targetLanguage: attrs['target-language'] ?? rootLanguages.target,
        units: [],
      })
    } else if (name === 'unit' || name === 'trans-unit') {
      const file = files[files.length - 1]
      if (!file) throw new XliffError('xliffNotXliff')
      unit = { id: attrs.id ?? '', hash: attrs['hf:sourceHash'], source: [] }
      file.units.push(unit)
    } else if ((name === 'source' || name === 'target') && unit && !parent.inline) {
      if (name === 'target') unit.target ??= []
      frame.inline = name === 'source' ? unit.source : unit.target
    } else if (inlineOwner()) {
      const owner = inlineOwner() as Frame
      const code = Number(attrs.id)
      if (wrappers.has(name) || placeholders.has(name) || nativeCode.has(name)) {
        if (Number.isInteger(code) && code > 0 && placeholders.has(name))
          owner.inline?.push({ code, placeholder: true })
        else if (Number.isInteger(code) && code > 0 && (name === 'pc' || name === 'g')) {
          const children: Inline[] = []
          owner.inline?.push({ code, children })
          frame.inline = children
        } else if (name === 'mrk') frame.inline = owner.inline
        if (nativeCode.has(name) && !frame.inline) skipDepth += 1
      }
    }
    stack.push(frame)
  }
  parser.onclosetag = () => {
    const frame = stack.pop()
    if (skipDepth > 0) skipDepth -= 1
    if (frame && (frame.name === 'unit' || frame.name === 'trans-unit')) unit = undefined
  }
  const onText = (text: string) => {
    if (skipDepth > 0) return
    const owner = inlineOwner()
    if (owner?.inline) owner.inline.push({ text })
  }
  parser.ontext = onText
  parser.oncdata = onText

  try {
    parser.write(xml).close()
  } catch (error) {
    if (error instanceof XliffError) throw error
    throw new XliffError('xliffMalformed', { reason: failure ?? String(error) })
  }
  if (!version) throw new XliffError('xliffNotXliff')
  return { version, files }
}
