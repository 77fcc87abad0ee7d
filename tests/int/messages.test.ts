import { describe, expect, it } from 'vitest'

import { adminTranslations } from '@/cms/translations'
import en from '@/messages/en.json'
import nl from '@/messages/nl.json'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a message tree, by its dotted key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`
    if (typeof value === 'string') found.set(path, value)
    else for (const [nested, text] of leaves(value, `${path}.`)) found.set(nested, text)
  }
  return found
}

/**
 * The arguments of an ICU message (next-intl): `{name}` or `{name, plural, …}`, at an even
 * depth of braces; the odd depths are the plural and select branches' texts.
 */
function icuArguments(text: string): string[] {
  const names: string[] = []
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '}') depth--
    if (text[index] !== '{') continue
    if (depth % 2 === 0) names.push(/^\{\s*(\w+)/.exec(text.slice(index))?.[1] ?? '')
    depth++
  }
  return [...new Set(names)].sort()
}

/** The {{placeholders}} of a Payload translation. */
const payloadArguments = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

const sets = [
  { name: 'the site’s messages (src/messages)', nl: leaves(nl), en: leaves(en), format: 'icu' },
  {
    name: 'the admin’s words (src/cms/translations)',
    nl: leaves(adminTranslations.nl),
    en: leaves(adminTranslations.en),
    format: 'payload',
  },
]

describe.each(sets)('$name', ({ nl: dutch, en: english, format }) => {
  const placeholders = format === 'icu' ? icuArguments : payloadArguments
  it('has the same keys in Dutch and English', () => {
    console.log(`${dutch.size} Dutch and ${english.size} English texts`)
    expect(dutch.size).toBeGreaterThan(0)
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('has no empty text in either language', () => {
    const empty = [...dutch, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key)
    expect(empty).toEqual([])
  })

  it('fills in the same placeholders in both languages', () => {
    const differing = [...dutch]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join())
      .map(([key]) => key)
    expect(differing).toEqual([])
  })
})

describe('placeholders', () => {
  it('are told apart from the texts of plural branches', () => {
    expect(icuArguments('{times, plural, one {once} =2 {twice} other {# times}} a week, {name}')).toEqual([
      'name',
      'times',
    ])
    expect(payloadArguments('Copy the {{from}} text to {{to}}')).toEqual(['from', 'to'])
  })
})
