import { glossaryAnchor, termIn, type GlossaryEntry } from '@/cms/glossary/entries'
import { compileTerms, findTerms } from '@/cms/glossary/match'
import type { Locale } from '@/i18n/locales'
import { pathOf } from './paths'

/** A piece of a text: plain, or a glossary term's first use, linked to its entry. */
export interface TextPiece {
  text: string
  link?: { href: string; note: string | null }
}

/**
 * A function that splits each text it is given into pieces, linking the first use of each
 * glossary term (in any of its forms) to the term's entry on the glossary page; every later
 * use stays plain text. Called in reading order, once per text.
 */
export function firstUses(entries: GlossaryEntry[], locale: Locale): (text: string) => TextPiece[] {
  const terms = compileTerms(entries, locale)
  const page = pathOf(locale, '/glossary')
  const linked = new Set<GlossaryEntry['id']>()
  return (text) => {
    const unlinked = terms.filter(({ entry }) => !linked.has(entry.id))
    const pieces: TextPiece[] = []
    let at = 0
    for (const { entry, start, end } of findTerms(locale, text, unlinked)) {
      const term = termIn(entry, locale)
      // A term used twice in the same text: only its first use is linked.
      if (!term || linked.has(entry.id)) continue
      linked.add(entry.id)
      if (start > at) pieces.push({ text: text.slice(at, start) })
      pieces.push({
        text: text.slice(start, end),
        link: { href: `${page}#${glossaryAnchor(term.term)}`, note: term.note },
      })
      at = end
    }
    if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) })
    return pieces
  }
}

type WithParent = { type?: string; parent?: WithParent }

/** Text inside a link (no link in a link) or a heading (headings stay as they are) is not linked. */
export function insideLinkOrHeading(parent: WithParent | undefined): boolean {
  for (let node = parent; node; node = node.parent) {
    if (node.type === 'link' || node.type === 'autolink' || node.type === 'heading') return true
  }
  return false
}
