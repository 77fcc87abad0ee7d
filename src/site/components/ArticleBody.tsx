import type {
  LinkFields,
  SerializedHeadingNode,
  SerializedListItemNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'
import { Fragment } from 'react'

import type { GlossaryEntry } from '@/cms/glossary/entries'

import { safeHref } from '@/cms/links/safeUrl'
import type { Locale } from '@/i18n/locales'
import type { Article, CalloutBlock, ExerciseBlock, ExerciseProgramBlock, ExpertQuoteBlock } from '@/payload-types'
import { CalloutBlock as Callout } from '../blocks/Callout'
import { ExerciseBlock as Exercise } from '../blocks/Exercise'
import { ExerciseProgramBlock as ExerciseProgram } from '../blocks/ExerciseProgram'
import { ExpertQuoteBlock as ExpertQuote } from '../blocks/ExpertQuote'
import { firstUses, insideLinkOrHeading } from '../lib/glossaryLinks'
import { headingId, textOf } from '../lib/headings'

/**
 * The article body: Lexical's default converters, anchored headings, the first use of each
 * glossary term linked to its entry, and one renderer per block.
 */
export function ArticleBody({
  body,
  locale,
  glossary = [],
}: {
  body: Article['body']
  locale: Locale
  glossary?: GlossaryEntry[]
}) {
  // Body text is converted in reading order, so the first text to name a term gets its link.
  const linkFirstUses = firstUses(glossary, locale)
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    text: (args) => {
      const plain = (node: SerializedTextNode) =>
        typeof defaultConverters.text === 'function' ? defaultConverters.text({ ...args, node }) : node.text
      if (insideLinkOrHeading(args.parent)) return plain(args.node)
      const pieces = linkFirstUses(args.node.text)
      if (pieces.length === 1 && !pieces[0].link) return plain(args.node)
      return pieces.map((piece, index) =>
        piece.link ? (
          <a key={index} className="glossary-term" href={piece.link.href} title={piece.link.note ?? undefined}>
            {plain({ ...args.node, text: piece.text })}
          </a>
        ) : (
          <Fragment key={index}>{plain({ ...args.node, text: piece.text })}</Fragment>
        ),
      )
    },
    heading: ({ node, nodesToJSX }) => {
      const heading = node as SerializedHeadingNode
      const Tag = heading.tag
      const id = heading.tag === 'h2' ? headingId(textOf(heading)) : undefined
      return <Tag id={id}>{nodesToJSX({ nodes: heading.children })}</Tag>
    },
    // Links stored before addresses were checked at save (or slipped past it) lose their
    // address when it is not safe: the text stays, without a link.
    link: (args) => {
      const fields = (args.node as { fields: LinkFields }).fields
      if (fields.linkType === 'internal' && typeof defaultConverters.link === 'function') {
        return defaultConverters.link(args)
      }
      return <SafeLink fields={fields}>{args.nodesToJSX({ nodes: args.node.children })}</SafeLink>
    },
    autolink: ({ node, nodesToJSX }) => (
      <SafeLink fields={(node as { fields: LinkFields }).fields}>{nodesToJSX({ nodes: node.children })}</SafeLink>
    ),
    // Lexical's own converter writes `value` on every item; HTML allows it only in an <ol>.
    listitem: (args) => {
      const { node, nodesToJSX, parent } = args
      const listType = 'listType' in parent ? parent.listType : undefined
      if (listType === 'check' && typeof defaultConverters.listitem === 'function') {
        return defaultConverters.listitem(args)
      }
      const item = node as SerializedListItemNode
      const nested = item.children.some((child) => child.type === 'list')
      return (
        <li className={nested ? 'nestedListItem' : undefined} value={listType === 'number' ? item.value : undefined}>
          {nodesToJSX({ nodes: item.children })}
        </li>
      )
    },
    blocks: {
      exercise: ({ node }: { node: { fields: ExerciseBlock } }) => <Exercise block={node.fields} locale={locale} />,
      exerciseProgram: ({ node }: { node: { fields: ExerciseProgramBlock } }) => (
        <ExerciseProgram block={node.fields} locale={locale} />
      ),
      callout: ({ node }: { node: { fields: CalloutBlock } }) => <Callout block={node.fields} />,
      expertQuote: ({ node }: { node: { fields: ExpertQuoteBlock } }) => <ExpertQuote block={node.fields} />,
    },
  })
  return <RichText data={body} converters={converters} className="prose" />
}

function SafeLink({ fields, children }: { fields: LinkFields; children: React.ReactNode }) {
  const href = safeHref(fields.url)
  if (!href) return <span>{children}</span>
  return fields.newTab ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  )
}
