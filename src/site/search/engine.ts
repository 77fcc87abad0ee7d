import MiniSearch, { type Query } from 'minisearch'

import type { Locale } from '@/i18n/locales'
import { fold, termOf, wordsOf } from '@/i18n/words'
import { editDistance } from './words'

export type SearchType = 'article' | 'exercise' | 'topic'

/** One published document as the search sees it, in one language. */
export interface SearchDocument {
  type: SearchType
  id: string
  slug: string
  title: string
  summary: string
  body: string
}

/** A piece of shown text; `hit` pieces are words the query found (shown highlighted). */
export interface Segment {
  text: string
  hit: boolean
}

export interface SearchHit {
  type: SearchType
  id: string
  slug: string
  title: Segment[]
  snippet: Segment[]
}

export interface SearchPage {
  hits: SearchHit[]
  total: number
  page: number
  pageCount: number
  /** Another spelling of the query that does find something, when this one finds nothing. */
  suggestion: string | null
}

export const pageSize = 10

/** Title above summary above body. */
const boost = { title: 4, summary: 2, body: 1 }
/** A word typed exactly outranks a typo's or a prefix's match. */
const weight = { exact: 1, prefix: 0.6, typo: 0.5 }
/** One typo is forgiven in words of at least this many letters. */
const typoFrom = 5
const prefixFrom = 3
const snippetLength = 220

const keyOf = (document: Pick<SearchDocument, 'type' | 'id'>) => `${document.type}:${document.id}`

/** An index of one language's published documents, built once and searched many times. */
export class SearchIndex {
  private readonly engine: MiniSearch<SearchDocument & { key: string }>
  private readonly documents = new Map<string, SearchDocument>()
  /** Every indexed term, and every folded word with its term and how often it occurs. */
  private readonly terms = new Set<string>()
  private readonly words = new Map<string, { term: string; count: number }>()

  constructor(
    readonly locale: Locale,
    documents: SearchDocument[],
  ) {
    this.engine = new MiniSearch({
      idField: 'key',
      fields: ['title', 'summary', 'body'],
      tokenize: (text) => wordsOf(text).map(({ word }) => word),
      processTerm: (word) => this.remember(word),
    })
    for (const document of documents) this.documents.set(keyOf(document), document)
    this.engine.addAll(documents.map((document) => ({ ...document, key: keyOf(document) })))
  }

  get size(): number {
    return this.documents.size
  }

  private remember(word: string): string {
    const folded = fold(word)
    const term = termOf(this.locale, word)
    this.terms.add(term)
    const known = this.words.get(folded)
    this.words.set(folded, { term, count: (known?.count ?? 0) + 1 })
    return term
  }

  /** The indexed terms a typed word stands for, each with how much a match on it counts. */
  private candidates(typed: string, last: boolean): Map<string, number> {
    const folded = fold(typed)
    const term = termOf(this.locale, typed)
    const found = new Map<string, number>()
    const add = (candidate: string, value: number) => found.set(candidate, Math.max(found.get(candidate) ?? 0, value))
    if (this.terms.has(term)) add(term, weight.exact)
    if (folded.length >= typoFrom) {
      for (const known of this.terms) if (editDistance(term, known, 1) <= 1) add(known, weight.typo)
      for (const [word, entry] of this.words) if (editDistance(folded, word, 1) <= 1) add(entry.term, weight.typo)
    }
    // The word being typed may be unfinished: "oefe" already finds "oefeningen".
    if (last && folded.length >= prefixFrom) {
      for (const [word, entry] of this.words) if (word.startsWith(folded)) add(entry.term, weight.prefix)
    }
    return found
  }

  search(query: string, page = 1): SearchPage {
    const typed = wordsOf(query).map(({ word }) => word)
    const empty = { hits: [], total: 0, page: 1, pageCount: 0, suggestion: null }
    if (typed.length === 0) return empty
    const groups = typed.map((word, i) => this.candidates(word, i === typed.length - 1))
    const weights = new Map<string, number>()
    for (const group of groups)
      for (const [term, value] of group) weights.set(term, Math.max(weights.get(term) ?? 0, value))
    const run = (combineWith: 'AND' | 'OR') => {
      const queries: Query[] = groups
        .filter((group) => group.size > 0)
        .map((group) => ({ combineWith: 'OR', queries: [...group.keys()] }))
      if (queries.length === 0 || (combineWith === 'AND' && queries.length < groups.length)) return []
      return this.engine.search(
        { combineWith, queries },
        {
          boost,
          tokenize: (term) => [term],
          processTerm: (term) => term,
          boostTerm: (term) => weights.get(term) ?? 1,
        },
      )
    }
    // Every word should match; if together they find nothing, the documents that match some.
    let results = run('AND')
    if (results.length === 0) results = run('OR')
    if (results.length === 0) return { ...empty, suggestion: this.suggest(typed) }

    const pageCount = Math.ceil(results.length / pageSize)
    const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount)
    const hits = results.slice((current - 1) * pageSize, current * pageSize).map((result) => {
      const document = this.documents.get(String(result.id))!
      const found = new Set(result.terms)
      return {
        type: document.type,
        id: document.id,
        slug: document.slug,
        title: this.highlight(document.title, found, 0, document.title.length),
        snippet: this.snippet(document, found),
      }
    })
    return { hits, total: results.length, page: current, pageCount, suggestion: null }
  }

  /** The query with each unknown word replaced by the closest known one, if that finds anything. */
  private suggest(typed: string[]): string | null {
    let changed = false
    const corrected = typed.map((word) => {
      const folded = fold(word)
      if (this.terms.has(termOf(this.locale, word))) return folded
      let best: { word: string; distance: number; count: number } | null = null
      for (const [known, entry] of this.words) {
        if (known.length < 3) continue
        const distance = editDistance(folded, known, 2)
        if (distance > 2) continue
        if (!best || distance < best.distance || (distance === best.distance && entry.count > best.count)) {
          best = { word: known, distance, count: entry.count }
        }
      }
      if (!best) return folded
      changed = true
      return best.word
    })
    if (!changed) return null
    const suggestion = corrected.join(' ')
    return this.search(suggestion).total > 0 ? suggestion : null
  }

  /** Around the first word found: in the summary if it holds one, else in the body. */
  private snippet(document: SearchDocument, found: Set<string>): Segment[] {
    for (const text of [document.summary, document.body]) {
      const first = wordsOf(text).find(({ word }) => found.has(termOf(this.locale, word)))
      if (!first) continue
      if (text.length <= snippetLength) return this.highlight(text, found, 0, text.length)
      const start = first.start < snippetLength / 3 ? 0 : this.wordStart(text, first.start - snippetLength / 3)
      return this.highlight(text, found, start, this.wordEnd(text, start + snippetLength))
    }
    const text = document.summary || document.body
    return this.highlight(text, found, 0, this.wordEnd(text, snippetLength))
  }

  private wordStart(text: string, at: number): number {
    const next = text.slice(at).search(/\s/)
    return next < 0 ? at : at + next + 1
  }

  private wordEnd(text: string, at: number): number {
    if (at >= text.length) return text.length
    const next = text.slice(at).search(/\s/)
    return next < 0 ? text.length : at + next
  }

  /** `text` from start to end cut into plain and found pieces, with … where it was cut. */
  private highlight(text: string, found: Set<string>, start: number, end: number): Segment[] {
    const segments: Segment[] = []
    const push = (piece: string, hit: boolean) => {
      if (!piece) return
      const last = segments.at(-1)
      if (last && last.hit === hit) last.text += piece
      else segments.push({ text: piece, hit })
    }
    if (start > 0) push('… ', false)
    let at = start
    for (const { word, start: from, end: to } of wordsOf(text.slice(start, end))) {
      if (!found.has(termOf(this.locale, word))) continue
      push(text.slice(at, start + from), false)
      push(word, true)
      at = start + to
    }
    push(text.slice(at, end), false)
    if (end < text.length) push(' …', false)
    return segments
  }
}
