import { stemmer as dutchStemmer } from '@orama/stemmers/dutch'
import { stemmer as englishStemmer } from '@orama/stemmers/english'

import type { Locale } from './locales'

/**
 * Words as the site compares them, for the search and the glossary alike: folded (no case, no
 * accents) and reduced to their stem by Snowball's stemmer of the language.
 */

/** Snowball's stemmer of each language: "heupen" → "heup", "strengthening" → "strengthen". */
const stemmers: Record<Locale, (word: string) => string> = { nl: dutchStemmer, en: englishStemmer }

/** Lower case without accents: "Knieën" → "knieen", so that a reader need not type them. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** The words of a text with where each starts, letters and digits only ("%" is no word). */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return Array.from(text.matchAll(/[\p{L}\p{M}\p{N}]+/gu), (match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** The form a word is compared under in a language: folded, then stemmed. */
export const termOf = (locale: Locale, word: string): string => stemmers[locale](fold(word))
