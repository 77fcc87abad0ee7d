import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { documentCollections, documentPath } from '@/i18n/paths'
import { documentOfPath } from '@/site/lib/documentOfPath'

describe('reader paths of documents', () => {
  it('spells each page in its own language', () => {
    expect(documentPath('nl', 'articles', 'heuppijn')).toBe('/nl/artikelen/heuppijn')
    expect(documentPath('en', 'articles', 'hip-pain')).toBe('/en/articles/hip-pain')
    expect(documentPath('nl', 'exercises', 'brug')).toBe('/nl/oefeningen/brug')
    expect(documentPath('nl', 'topics', 'bursitis')).toBe('/nl/onderwerpen/bursitis')
    expect(documentPath('en', 'topics', 'bursitis')).toBe('/en/topics/bursitis')
  })

  it('reads every document path back to its language, collection and slug', () => {
    const cases = locales.flatMap((locale) =>
      documentCollections.map((collection) => ({ locale, collection, slug: 'heup-en-lies' })),
    )
    console.log(`${cases.length} document paths read back`)
    expect(cases.length).toBe(6)
    for (const expected of cases) {
      expect(documentOfPath(documentPath(expected.locale, expected.collection, expected.slug))).toEqual(expected)
    }
  })

  it('finds no document in a path of another language or an unknown section', () => {
    expect(documentOfPath('/en/artikelen/x')).toBeNull()
    expect(documentOfPath('/nl/articles/x')).toBeNull()
    expect(documentOfPath('/nl/zoeken/x')).toBeNull()
    expect(documentOfPath('/nl/artikelen/x/y')).toBeNull()
    expect(documentOfPath('/de/artikelen/x')).toBeNull()
  })
})
