import type { Locale } from '@/i18n/locales'
import { termIn, type GlossaryEntry } from './entries'
import { compileTerms, firstOccurrences } from './match'

/** A translated text that does not use the approved term for a term its source contains. */
export interface GlossaryFlag {
  /** Which text: the row key of the side-by-side view (e.g. "body.3"). */
  key: string
  /** Its label, as the admin names the field (e.g. "Body ¶4"). */
  label: string
  /** The term the source uses, and the approved term the translation should use. */
  source: string
  approved: string
}

/** One text of a document in the source language beside the same text in the translation. */
export interface TextPair {
  key: string
  label: string
  source: string
  target: string
}

/**
 * The glossary check: for each pair of texts, every glossary term that the source contains
 * (in any of its forms, by stem) and whose approved translation (any of its forms) the
 * translation does not contain. An untranslated (empty) text is left to the translation
 * status; it is not a wrong term.
 */
export function checkGlossary(
  entries: GlossaryEntry[],
  pairs: TextPair[],
  sourceLocale: Locale,
  targetLocale: Locale,
): GlossaryFlag[] {
  const inSource = compileTerms(entries, sourceLocale)
  const inTarget = compileTerms(entries, targetLocale)
  const flags: GlossaryFlag[] = []
  for (const pair of pairs) {
    if (!pair.source.trim() || !pair.target.trim()) continue
    const used = new Set(firstOccurrences(targetLocale, pair.target, inTarget).map((match) => match.entry.id))
    for (const { entry, start, end } of firstOccurrences(sourceLocale, pair.source, inSource)) {
      const approved = termIn(entry, targetLocale)
      if (!approved || used.has(entry.id)) continue
      flags.push({
        key: pair.key,
        label: pair.label,
        source: pair.source.slice(start, end),
        approved: approved.term,
      })
    }
  }
  return flags
}
