import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { fold } from '@/i18n/words'
import type { Glossary } from '@/payload-types'

/** One approved term pair: per language the term, the other forms that count as it, the note. */
export interface GlossaryEntry {
  id: Glossary['id']
  /** The Dutch term is used unchanged in the other languages (a Latin or proper name). */
  doNotTranslate: boolean
  terms: Record<Locale, { term: string; forms: string[]; note: string | null } | null>
}

/** The approved term of an entry in a language: its own, or the Dutch one where it is not translated. */
export function termIn(entry: GlossaryEntry, locale: Locale): GlossaryEntry['terms'][Locale] {
  const own = entry.terms[locale]
  const dutch = entry.terms[defaultLocale]
  if (locale === defaultLocale || !entry.doNotTranslate || !dutch) return own
  return {
    term: own?.term || dutch.term,
    forms: [...new Set([dutch.term, ...dutch.forms, ...(own?.forms ?? [])])],
    note: own?.note ?? null,
  }
}

/** The id of a term's entry on the glossary page: "Peesaanhechting" → "term-peesaanhechting". */
export const glossaryAnchor = (term: string): string =>
  `term-${fold(term)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}`

/**
 * Every glossary entry in every language: what the translation check and the reader's glossary
 * read. The public may read all of it but the translators' notes, which this leaves out.
 */
export async function readGlossary(payload: Payload, req?: PayloadRequest): Promise<GlossaryEntry[]> {
  // Within a save (req given) the reads share its transaction; the Local API sets req.locale to
  // the locale it reads, so they run one after the other and the save's own locale is put back.
  const saved = req && { locale: req.locale, fallbackLocale: req.fallbackLocale }
  const perLocale: (readonly [Locale, Pick<Glossary, 'id' | 'term' | 'variants' | 'note' | 'doNotTranslate'>[]])[] = []
  try {
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'glossary',
        locale,
        fallbackLocale: false,
        depth: 0,
        pagination: false,
        sort: 'id',
        select: { term: true, variants: true, note: true, doNotTranslate: true },
        overrideAccess: true,
        req,
      })
      perLocale.push([locale, docs])
    }
  } finally {
    if (req && saved) Object.assign(req, saved)
  }
  const entries = new Map<Glossary['id'], GlossaryEntry>()
  for (const [locale, docs] of perLocale) {
    for (const doc of docs) {
      const entry = entries.get(doc.id) ?? {
        id: doc.id,
        doNotTranslate: Boolean(doc.doNotTranslate),
        terms: Object.fromEntries(locales.map((code) => [code, null])) as GlossaryEntry['terms'],
      }
      const term = doc.term?.trim()
      if (term) {
        const forms = (doc.variants ?? []).map((form) => form.trim()).filter(Boolean)
        entry.terms[locale] = { term, forms: [term, ...forms], note: doc.note?.trim() || null }
      }
      entries.set(doc.id, entry)
    }
  }
  return [...entries.values()].filter((entry) => entry.terms[defaultLocale])
}
