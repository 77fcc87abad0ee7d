import type { Locale } from '@/i18n/locales'
import { termOf, wordsOf } from '@/i18n/words'
import { termIn, type GlossaryEntry } from './entries'

/** An entry's forms in one language, each as the stems of its words ("hip joints" → hip, joint). */
export interface CompiledTerm {
  entry: GlossaryEntry
  phrases: string[][]
}

export interface TermMatch {
  entry: GlossaryEntry
  start: number
  end: number
}

const phraseOf = (locale: Locale, text: string): string[] => wordsOf(text).map(({ word }) => termOf(locale, word))

/** The entries that have a term in this language, ready to be looked for in its texts. */
export function compileTerms(entries: GlossaryEntry[], locale: Locale): CompiledTerm[] {
  return entries.flatMap((entry) => {
    const term = termIn(entry, locale)
    if (!term) return []
    const phrases = term.forms.map((form) => phraseOf(locale, form)).filter((phrase) => phrase.length > 0)
    return phrases.length ? [{ entry, phrases }] : []
  })
}

const stemmedWords = (locale: Locale, text: string) =>
  wordsOf(text).map((word) => ({ ...word, stem: termOf(locale, word.word) }))

/**
 * Where each term first occurs in a text, each looked for on its own (one term inside another
 * still counts), by stem.
 */
export function firstOccurrences(locale: Locale, text: string, terms: CompiledTerm[]): TermMatch[] {
  const words = stemmedWords(locale, text)
  return terms.flatMap(({ entry, phrases }) => {
    for (let at = 0; at < words.length; at++) {
      const phrase = phrases.find(
        (candidate) =>
          at + candidate.length <= words.length && candidate.every((stem, index) => words[at + index].stem === stem),
      )
      if (phrase) return [{ entry, start: words[at].start, end: words[at + phrase.length - 1].end }]
    }
    return []
  })
}

/**
 * Every place a term occurs in a text, by stem, so that inflections count ("heupgewrichten",
 * "overbelaste"): the longest form at each place, places that do not overlap, in order.
 */
export function findTerms(locale: Locale, text: string, terms: CompiledTerm[]): TermMatch[] {
  const words = stemmedWords(locale, text)
  const found: TermMatch[] = []
  for (let at = 0; at < words.length; at++) {
    let best: { entry: GlossaryEntry; length: number } | null = null
    for (const { entry, phrases } of terms) {
      for (const phrase of phrases) {
        if (phrase.length <= (best?.length ?? 0) || at + phrase.length > words.length) continue
        if (phrase.every((stem, index) => words[at + index].stem === stem)) best = { entry, length: phrase.length }
      }
    }
    if (best) {
      found.push({ entry: best.entry, start: words[at].start, end: words[at + best.length - 1].end })
      at += best.length - 1
    }
  }
  return found
}
