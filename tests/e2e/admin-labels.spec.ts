import { expect, test, type Page } from '@playwright/test'

import { adminSessionFile } from './support/admin-session'
import { article, articleExerciseBlocks, bodyNodes, escapeRegExp, personByKey } from './support/site'

/**
 * Every screen an editor opens to find or start a document speaks the admin's language: the
 * list and create views of every collection, and the site settings, in Dutch and in English,
 * with no "[object Object]" where a label should be (not even in an aria-label or a tooltip).
 */
type Language = 'nl' | 'en'
type Words = Record<Language, string>

const browserLocale: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

/** Payload's own sentence around our label, as its Dutch and English translations write it. */
const createNew: Record<Language, (label: string) => string> = {
  nl: (label) => `Nieuw(e) ${label} aanmaken`,
  en: (label) => `Create new ${label}`,
}

const collections: { slug: string; singular: Words; plural: Words; fields: Words[] }[] = [
  {
    slug: 'articles',
    singular: { nl: 'Artikel', en: 'Article' },
    plural: { nl: 'Artikelen', en: 'Articles' },
    fields: [
      { nl: 'Samenvatting', en: 'Excerpt' },
      // A rich-text field: Payload renders its label on the server.
      { nl: 'Tekst', en: 'Body' },
    ],
  },
  {
    slug: 'exercises',
    singular: { nl: 'Oefening', en: 'Exercise' },
    plural: { nl: 'Oefeningen', en: 'Exercises' },
    fields: [{ nl: 'Stappen', en: 'Steps' }],
  },
  {
    slug: 'topics',
    singular: { nl: 'Onderwerp', en: 'Topic' },
    plural: { nl: 'Onderwerpen', en: 'Topics' },
    fields: [{ nl: 'Omschrijving', en: 'Description' }],
  },
  {
    slug: 'people',
    singular: { nl: 'Persoon', en: 'Person' },
    plural: { nl: 'Personen', en: 'People' },
    fields: [{ nl: 'Biografie', en: 'Biography' }],
  },
  {
    slug: 'media',
    singular: { nl: 'Mediabestand', en: 'Media file' },
    plural: { nl: 'Media', en: 'Media' },
    fields: [{ nl: 'Bijschrift', en: 'Caption' }],
  },
  {
    slug: 'users',
    singular: { nl: 'Gebruiker', en: 'User' },
    plural: { nl: 'Gebruikers', en: 'Users' },
    fields: [{ nl: 'Rol', en: 'Role' }],
  },
  {
    slug: 'glossary',
    singular: { nl: 'Term', en: 'Glossary term' },
    plural: { nl: 'Woordenlijst', en: 'Glossary' },
    fields: [{ nl: 'Andere vormen', en: 'Other forms' }],
  },
  {
    slug: 'redirects',
    singular: { nl: 'Doorverwijzing', en: 'Redirect' },
    plural: { nl: 'Doorverwijzingen', en: 'Redirects' },
    fields: [{ nl: 'Taal van het doel', en: 'Language of the target' }],
  },
]

/**
 * A field's label as Payload writes it: the label, then maybe "*" and "— <language>" (in spans
 * that its style spaces out: the text itself has no space before either).
 */
const startsWith = (label: string) => new RegExp(`^${label}( ?\\*)?( ?— ?\\S+)?$`)

async function expectNoObjectLabels(page: Page) {
  // The whole document, attributes and the serialized client config included.
  expect(await page.content()).not.toContain('[object Object]')
}

test.describe('the admin’s labels', () => {
  // The admin is a large client application: each language walks many screens.
  test.setTimeout(180_000)

  for (const language of ['nl', 'en'] as const) {
    test(`every list, create view and the site settings read in ${language === 'nl' ? 'Dutch' : 'English'}`, async ({
      browser,
    }) => {
      console.log(`${collections.length * 2 + 1} admin screens in ${language}`)
      const context = await browser.newContext({ locale: browserLocale[language], storageState: adminSessionFile })
      const page = await context.newPage()
      for (const collection of collections) {
        await test.step(`${collection.slug}: list`, async () => {
          await page.goto(`/admin/collections/${collection.slug}`)
          const heading = page.getByRole('heading', { level: 1, name: collection.plural[language], exact: true })
          await expect(heading).toBeVisible({ timeout: 30_000 })
          // An empty list offers it twice: in the header and in the empty list's own message.
          await expect(
            page.getByRole('link', { name: createNew[language](collection.singular[language]) }).first(),
          ).toBeVisible()
          await expectNoObjectLabels(page)
        })
        await test.step(`${collection.slug}: create`, async () => {
          // With autosave (articles, exercises) this makes a draft and opens it.
          await page.goto(`/admin/collections/${collection.slug}/create`)
          for (const field of collection.fields) {
            await expect(page.getByText(startsWith(field[language])).first()).toBeVisible({ timeout: 30_000 })
          }
          await expectNoObjectLabels(page)
        })
      }
      await test.step('site settings', async () => {
        await page.goto('/admin/globals/site-settings')
        const heading = { nl: 'Site-instellingen', en: 'Site settings' }[language]
        await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible({
          timeout: 30_000,
        })
        await expect(
          page.getByText(startsWith({ nl: 'Naam van de site', en: 'Site name' }[language])).first(),
        ).toBeVisible()
        await expectNoObjectLabels(page)
      })
      await context.close()
    })
  }
})

test('the article editor names each block by what it holds, never “Untitled”', async ({ browser }) => {
  test.setTimeout(90_000)
  const context = await browser.newContext({ locale: browserLocale.nl, storageState: adminSessionFile })
  const page = await context.newPage()
  await page.goto('/admin/collections/articles?locale=nl')
  await page.getByRole('link', { name: article.title.nl }).click()
  const labels = page.locator('.LexicalEditorTheme__block__block-label')
  const header = (kind: string, title: string) =>
    labels.filter({ hasText: new RegExp(`^${kind}\\s*${escapeRegExp(title)}$`) })
  for (const exercise of articleExerciseBlocks('nl')) {
    await expect(header('Oefening', exercise.name.nl).first()).toBeVisible({ timeout: 30_000 })
  }
  for (const program of bodyNodes('nl', 'exerciseProgram'))
    await expect(header('Oefenprogramma', program.title)).toBeVisible()
  for (const callout of bodyNodes('nl', 'callout')) await expect(header('Kader', callout.title)).toBeVisible()
  for (const quote of bodyNodes('nl', 'expertQuote'))
    await expect(header('Citaat van een expert', personByKey(quote.person).name)).toBeVisible()
  const blocks = article.body.nl.filter((node) =>
    ['exercise', 'exerciseProgram', 'callout', 'expertQuote'].includes(node.type),
  )
  await expect(labels).toHaveCount(blocks.length)
  for (const text of await labels.allTextContents()) expect(text).not.toMatch(/Zonder titel|Untitled|nog niet ingevuld/)
  await context.close()
})
