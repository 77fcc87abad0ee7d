import type { Article } from '@/payload-types'

type Node = { type?: string; text?: string; tag?: string; children?: Node[] }

export function textOf(node: Node): string {
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(textOf).join('')
}

/** An anchor for a heading: "Wat kun je doen?" → "wat-kun-je-doen" */
export function headingId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The table of contents: the body's h2 headings, with the anchors ArticleBody gives them. */
export function tableOfContents(body: Article['body']): { id: string; text: string }[] {
  return (body.root.children as Node[])
    .filter((node) => node.type === 'heading' && node.tag === 'h2')
    .map((node) => {
      const text = textOf(node)
      return { id: headingId(text), text }
    })
}
