import { createHash } from 'node:crypto'

/**
 * The text of one segment as XLIFF carries it: plain text with numbered inline codes around
 * (bold, italic, a link) or in place of (a line break) parts of it. Code numbers count from 1
 * in the order the Dutch source has them, so an imported target's codes are read against the
 * current Dutch source: a link keeps the address the source has, whatever the file says.
 */
export type Inline = { text: string } | { code: number; children: Inline[] } | { code: number; placeholder: true }

type Node = Record<string, unknown>

export type Code =
  { kind: 'format'; bit: number } | { kind: 'link'; node: Node } | { kind: 'linebreak' } | { kind: 'node'; node: Node }

/** Lexical's text format bits, in the order codes wrap text (bold outermost). */
export const formatBits = [1, 2, 8, 4, 16, 32, 64, 128] as const

const isRecord = (value: unknown): value is Node => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** A Lexical element's inline children (text, links, line breaks) as XLIFF inline content. */
export function toInline(nodes: unknown[], codes: Code[]): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) {
    if (!isRecord(node)) continue
    if (node.type === 'text' && typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0
      const present = formatBits.filter((bit) => (format & bit) !== 0)
      let wrapped: Inline = { text: node.text }
      const ids = present.map((bit) => codes.push({ kind: 'format', bit }))
      for (let index = present.length - 1; index >= 0; index -= 1) wrapped = { code: ids[index], children: [wrapped] }
      out.push(wrapped)
    } else if ((node.type === 'link' || node.type === 'autolink') && Array.isArray(node.children)) {
      const code = codes.push({ kind: 'link', node: { ...node, children: [] } })
      out.push({ code, children: toInline(node.children, codes) })
    } else if (node.type === 'linebreak') {
      out.push({ code: codes.push({ kind: 'linebreak' }), placeholder: true })
    } else {
      out.push({ code: codes.push({ kind: 'node', node }), placeholder: true })
    }
  }
  return out
}

const textNode = (text: string, format: number): Node => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** A translated segment back into Lexical inline nodes, its codes read against the source's. */
export function fromInline(inline: Inline[], codes: Code[], format = 0): Node[] {
  const out: Node[] = []
  for (const item of inline) {
    if ('text' in item) {
      if (item.text) out.push(textNode(item.text, format))
      continue
    }
    const code = codes[item.code - 1] as Code | undefined
    if ('placeholder' in item) {
      if (code?.kind === 'linebreak') out.push({ type: 'linebreak', version: 1 })
      else if (code?.kind === 'node') out.push(structuredClone(code.node))
      continue
    }
    if (code?.kind === 'format') out.push(...fromInline(item.children, codes, format | code.bit))
    else if (code?.kind === 'link')
      out.push({ ...structuredClone(code.node), children: fromInline(item.children, codes, format) })
    else out.push(...fromInline(item.children, codes, format))
  }
  return out
}

/** The words of a segment, codes left out. */
export function plainText(inline: Inline[]): string {
  return inline
    .map((item) => ('text' in item ? item.text : 'children' in item ? plainText(item.children) : ''))
    .join('')
}

function canonical(inline: Inline[]): string {
  let out = ''
  for (const item of inline) {
    if ('text' in item) out += item.text.replace(/[{}\\]/g, (char) => `\\${char}`)
    else if ('placeholder' in item) out += `{${item.code}/}`
    else out += `{${item.code}}${canonical(item.children)}{/${item.code}}`
  }
  return out
}

/** A short fingerprint of a segment's source: its words and where its codes stand. */
export const sourceHash = (inline: Inline[]): string =>
  createHash('sha256').update(canonical(inline)).digest('hex').slice(0, 16)

/**
 * A translation's inline content with its codes renumbered to the source's: each code takes the
 * first unused source code of the same kind (same format, same address); one without a match
 * is dropped, its text kept.
 */
export function matchCodes(inline: Inline[], own: Code[], source: Code[]): Inline[] {
  const used = new Set<number>()
  const same = (a: Code, b: Code) =>
    a.kind === b.kind &&
    (a.kind !== 'format' || (b.kind === 'format' && a.bit === b.bit)) &&
    (a.kind !== 'link' || (b.kind === 'link' && a.node.url === b.node.url))
  const find = (code: Code): number | undefined => {
    const index = source.findIndex((candidate, at) => !used.has(at + 1) && same(code, candidate))
    if (index < 0) return undefined
    used.add(index + 1)
    return index + 1
  }
  const walk = (items: Inline[]): Inline[] =>
    items.flatMap((item): Inline[] => {
      if ('text' in item) return [item]
      const code = own[item.code - 1]
      const match = code ? find(code) : undefined
      if ('placeholder' in item) return match ? [{ code: match, placeholder: true }] : []
      const children = walk(item.children)
      return match ? [{ code: match, children }] : children
    })
  return walk(inline)
}
