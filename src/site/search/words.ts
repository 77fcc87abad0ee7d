import { stemmer as dutchStemmer } from '@orama/stemmers/dutch'
import { stemmer as englishStemmer } from '@orama/stemmers/english'

import type { Locale } from '@/i18n/locales'

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

/** The form a word is indexed and searched under in a language: folded, then stemmed. */
export const termOf = (locale: Locale, word: string): string => stemmers[locale](fold(word))

/**
 * Edits between two words, a swap of neighbours counting as one ("zijplnak" is one typo away
 * from "zijplank"); stops early once past `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2][j - 2] + 1)
      }
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    rows.push(row)
  }
  return rows[a.length][b.length]
}
