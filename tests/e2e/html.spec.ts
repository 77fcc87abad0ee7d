import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test } from '@playwright/test'
import { HtmlValidate, type ConfigData, type Message } from 'html-validate'

import { exerciseByKey, locales, paths, projectFile, topics, type Locale } from './support/site'

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

/** Every kind of page a reader meets, with the status it answers. */
const pages: { name: string; path: (locale: Locale) => string; status?: number }[] = [
  { name: 'home page', path: (locale) => paths.home(locale) },
  { name: 'article', path: (locale) => paths.article(locale) },
  { name: 'exercise library', path: (locale) => paths.library(locale) },
  { name: 'exercise page', path: (locale) => paths.exercise(locale, exerciseByKey('glute-bridge')) },
  { name: 'topic page', path: (locale) => paths.topic(locale, topics[0].slug[locale]) },
  { name: 'glossary', path: (locale) => paths.glossary(locale) },
  { name: 'search page', path: (locale) => paths.search(locale) },
  { name: 'search results', path: (locale) => paths.search(locale, locale === 'nl' ? 'heupen' : 'hips') },
  { name: 'search without results', path: (locale) => paths.search(locale, 'zijplnka') },
  { name: 'missing page', path: (locale) => `/${locale}/no-such-page`, status: 404 },
]

const languageOf = (locale: Locale) => (locale === 'nl' ? 'Dutch' : 'English')

// Next answers a 404 with its error shell, `<html id="__next_error__">` without `lang`: the Nu
// checker reports that as a warning only, html-validate as an error (left to the 404 page's owner).
const htmlValidatePages = pages.filter((page) => page.status === undefined)

for (const locale of locales) {
  for (const { name, path: pathOf, status = 200 } of htmlValidatePages) {
    test(`the ${languageOf(locale)} ${name} passes html-validate`, async ({ request }) => {
      const response = await request.get(pathOf(locale))
      expect(response.status()).toBe(status)
      const html = await response.text()
      const report = await validator.validateString(html, `${pathOf(locale)}.html`)
      const messages = report.results.flatMap((result) => result.messages)
      expect(messages, `html-validate on ${pathOf(locale)}:\n${describe(messages)}`).toEqual([])
    })
  }
}

/** One message of the Nu HTML checker (vnu --format json). */
type NuMessage = { type: string; subType?: string; message: string; url: string; lastLine?: number; extract?: string }

test.describe('the W3C Nu HTML checker', () => {
  test.describe.configure({ mode: 'default' })
  // One Java start for every page: the checker reads them all in one run.
  const found = new Map<string, NuMessage[]>()

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(120_000)
    const request = await playwright.request.newContext({ baseURL })
    const dir = mkdtempSync(path.join(tmpdir(), 'heupfit-vnu-'))
    const files: string[] = []
    for (const locale of locales) {
      for (const { name, path: pathOf } of pages) {
        const file = path.join(dir, `${locale}-${name.replace(/\W+/g, '-')}.html`)
        writeFileSync(file, await (await request.get(pathOf(locale))).text())
        files.push(file)
        found.set(file, [])
      }
    }
    await request.dispose()
    const jar = projectFile('node_modules/vnu-jar/build/dist/vnu.jar')
    const { stdout } = await promisify(execFile)(
      'java',
      ['-Xss1m', '-jar', jar, '--errors-only', '--exit-zero-always', '--format', 'json', '--stdout', ...files],
      { maxBuffer: 16 * 1024 * 1024 },
    )
    const { messages } = JSON.parse(stdout) as { messages: NuMessage[] }
    for (const message of messages) {
      const file = decodeURIComponent(new URL(message.url).pathname)
      found.get(file)?.push(message)
    }
    expect(messages.filter((message) => !found.has(decodeURIComponent(new URL(message.url).pathname)))).toEqual([])
  })

  for (const locale of locales) {
    for (const { name } of pages) {
      test(`finds no error on the ${languageOf(locale)} ${name}`, () => {
        const file = [...found.keys()].find((key) => key.endsWith(`/${locale}-${name.replace(/\W+/g, '-')}.html`))
        expect(file, 'the page was checked').toBeDefined()
        const errors = found.get(file!)!
        const list = errors.map((error) => `  ${error.lastLine}: ${error.message} ${error.extract ?? ''}`).join('\n')
        expect(errors, `Nu HTML checker on the ${name} (${locale}):\n${list}`).toEqual([])
      })
    }
  }
})
