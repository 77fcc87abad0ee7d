import { describe, expect, it } from 'vitest'

import { pathWithinSite } from '@/site/lib/redirectWithinSite'

/** Addresses that a browser would follow to another host, as an attacker might write them. */
const elsewhere = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/./\\evil.example',
  '/.//evil.example',
  'https://evil.example/nl',
  'http:evil.example',
  'javascript:alert(1)',
  ' //evil.example',
  'evil.example',
  '',
]

describe('redirects after preview stay on this site', () => {
  it.each(elsewhere)('refuses %j and goes home instead', (wanted) => {
    expect(pathWithinSite(wanted)).toBe('/')
  })

  it('keeps an address on this site as it is, with its query and fragment', () => {
    expect(pathWithinSite('/nl/artikelen/overbelaste-heup?x=1#stap-2')).toBe(
      '/nl/artikelen/overbelaste-heup?x=1#stap-2',
    )
    expect(pathWithinSite('/en')).toBe('/en')
  })

  it('keeps an encoded backslash or slash inside a path, where it names no host', () => {
    expect(pathWithinSite('/nl/zoeken?q=%5C%2F%2F')).toBe('/nl/zoeken?q=%5C%2F%2F')
    expect(pathWithinSite('/nl/%5Cx')).toBe('/nl/%5Cx')
  })
})
