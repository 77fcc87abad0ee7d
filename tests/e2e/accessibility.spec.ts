import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { exerciseByKey, locales, open, paths, type Locale } from './support/site'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const pages: { name: string; path: (locale: Locale) => string }[] = [
  { name: 'home page', path: paths.home },
  { name: 'article', path: (locale) => paths.article(locale) },
  { name: 'exercise library', path: paths.library },
  { name: 'exercise page', path: (locale) => paths.exercise(locale, exerciseByKey('glute-bridge')) },
  { name: 'glossary', path: paths.glossary },
]

for (const locale of locales) {
  for (const { name, path } of pages) {
    test(`the ${locale === 'nl' ? 'Dutch' : 'English'} ${name} has no serious or critical WCAG 2.1 AA violations`, async ({
      page,
    }) => {
      await open(page, path(locale))
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
      const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      const report = severe
        .map(
          (violation) =>
            `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
            violation.nodes
              .slice(0, 5)
              .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
              .join('\n') +
            (violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : ''),
        )
        .join('\n')
      expect(severe, `${path(locale)}:\n${report}`).toEqual([])
    })
  }
}
