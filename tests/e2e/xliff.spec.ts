import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { adminAuth, adminSessionFile } from './support/admin-session'
import { paragraphs } from '../int/support/content'

/**
 * A translator's round trip through a CAT tool, as a person does it in the admin: download the
 * English XLIFF of an article, translate it elsewhere, import the file: the English draft holds
 * the translation, and what readers see stays as it was until someone publishes.
 */
test('a document goes out as XLIFF from the admin and its translation comes back as an English draft', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000)
  const auth = adminAuth()
  const stamp = Date.now()
  const created = await request.post('/api/articles?locale=nl', {
    headers: auth,
    data: {
      title: `Heupen vertalen ${stamp}`,
      excerpt: 'Een korte samenvatting.',
      body: paragraphs('Begin rustig en bouw langzaam op.'),
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = (await created.json()) as { doc: { id: number } }

  const context = await browser.newContext({ locale: 'en-GB', storageState: adminSessionFile })
  const page = await context.newPage()
  await page.goto(`/admin/collections/articles/${doc.id}?locale=en`)
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download XLIFF' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.xlf$/)
  const exported = readFileSync(await download.path(), 'utf8')
  expect(exported).toContain('version="2.0"')
  expect(exported).toContain('trgLang="en"')
  expect(exported).toContain(`Heupen vertalen ${stamp}`)

  // What a CAT tool gives back: every unit's target filled in, the title translated.
  const translated = exported.replace(
    /(<source xml:space="preserve">Heupen vertalen \d+<\/source>)(\s*<target[^>]*>[^<]*<\/target>)?/,
    `$1<target xml:space="preserve">Translating hips ${stamp}</target>`,
  )
  expect(translated).toContain(`Translating hips ${stamp}`)
  await page.locator('input[type="file"][accept*=".xlf"]').setInputFiles({
    name: `article-${doc.id}-en.xlf`,
    mimeType: 'application/xliff+xml',
    buffer: Buffer.from(translated),
  })
  await expect(page.getByText(/imported into the draft/).first()).toBeVisible({ timeout: 20_000 })

  const draft = await request.get(`/api/articles/${doc.id}?locale=en&draft=true&depth=0`, { headers: auth })
  expect(((await draft.json()) as { title: string }).title).toBe(`Translating hips ${stamp}`)
  // Nothing was published: readers still have no English article.
  const published = await request.get(`/api/articles/${doc.id}?locale=en&depth=0`)
  expect(((await published.json()) as { title?: string }).title ?? null).not.toBe(`Translating hips ${stamp}`)
  await context.close()
  await request.delete(`/api/articles/${doc.id}`, { headers: auth })
})
