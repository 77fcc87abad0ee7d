import { expect, test } from '@playwright/test'
import { HtmlValidate, type ConfigData, type Message } from 'html-validate'

import { exerciseByKey, locales, paths, type Locale } from './support/site'

/**
 * html-validate's recommended rules, less a few that only judge how the markup is spelled
 * (React writes it one fixed way), never what it means: structure, nesting, ids and required
 * attributes stay checked.
 */
const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes boolean attributes as `controls=""`; the rule wants them bare. Same meaning.
    'attribute-boolean-style': 'off',
    // React writes empty attributes as `alt=""`; the rule wants a particular spelling. Same meaning.
    'attribute-empty-style': 'off',
    // React writes void elements as `<img …/>`; the rule wants `<img …>`. Same meaning in HTML.
    'void-style': 'off',
    // React spells some attributes in camelCase (`hrefLang`, `srcSet`, `dateTime`, `charSet`);
    // HTML attribute names are case-insensitive, so this is spelling only.
    'attr-case': 'off',
    // Still checked: ids must be non-empty, without whitespace, and unique (no-dup-id). Only the
    // extra "must start with a letter" demand, a CSS-selector convenience that HTML does not make,
    // is dropped: React's useId writes ids such as "_R_".
    'valid-id': ['error', { relaxed: true }],
  },
}

const validator = new HtmlValidate(htmlValidateConfig)

function describe(messages: Message[]): string {
  return messages
    .map(
      (message) =>
        `  ${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`,
    )
    .join('\n')
}

const pages: { name: string; path: (locale: Locale) => string }[] = [
  { name: 'article', path: (locale) => paths.article(locale) },
  { name: 'exercise page', path: (locale) => paths.exercise(locale, exerciseByKey('glute-bridge')) },
]

for (const locale of locales) {
  for (const { name, path } of pages) {
    test(`the ${locale === 'nl' ? 'Dutch' : 'English'} ${name} is valid HTML`, async ({ request }) => {
      const response = await request.get(path(locale))
      expect(response.status()).toBe(200)
      const html = await response.text()
      const report = await validator.validateString(html, `${path(locale)}.html`)
      const messages = report.results.flatMap((result) => result.messages)
      expect(messages, `html-validate on ${path(locale)}:\n${describe(messages)}`).toEqual([])
    })
  }
}
