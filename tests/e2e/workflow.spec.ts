import { expect, test, type Browser, type Page } from '@playwright/test'

import { adminAuth } from './support/admin-session'
import { exercises } from './support/site'

/**
 * The editorial workflow through the admin itself, as its users do it: an editor writes and
 * publishes a Dutch article with an exercise block; a translator finds it under "missing",
 * copies the Dutch text, translates and publishes English; readers see both; a change to the
 * Dutch marks the English outdated; a new Dutch slug redirects the old address.
 */

const password = 'a-long-test-password'
const exercise = exercises[0]

/** A browser of its own, signed in to the admin, which speaks English here. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/password/i).fill(password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  // A translator lands on its own language: /admin?locale=en.
  await expect(page).toHaveURL(/\/admin\/?(\?locale=\w+)?$/, { timeout: 30_000 })
  return page
}

/** Runs an edit and waits for the autosave that carries it, so that a publish right after includes it. */
async function editAndAutosave(page: Page, edit: () => Promise<void>): Promise<void> {
  const autosaved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' && /\/api\/articles\/\d+\?.*autosave=true/.test(response.url()),
    { timeout: 20_000 },
  )
  await edit()
  expect((await autosaved).ok()).toBe(true)
}

/** A field of the document itself, not its namesake in the SEO group: "Title * — English". */
const field = (page: Page, label: string) => page.getByRole('textbox', { name: new RegExp(`^${label}( \\*)? — `) })

async function publishIn(page: Page, language: 'Nederlands' | 'English'): Promise<void> {
  await page.getByRole('button', { name: `Publish in ${language}` }).click()
  await expect(page.getByText('Updated successfully.').first()).toBeVisible({ timeout: 15_000 })
}

test('an article goes from the editor’s Dutch through the translator’s English to readers, and stays in step', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const auth = adminAuth()
  const users: number[] = []
  let articleId: number | undefined
  const makeUser = async (role: 'editor' | 'translator') => {
    const email = `${role}-${run}@example.com`
    const response = await request.post('/api/users', {
      headers: auth,
      data: {
        email,
        password,
        role,
        name: `${role} ${run}`,
        ...(role === 'translator' ? { translatorLocales: ['en'] } : {}),
      },
    })
    expect(response.ok(), await response.text()).toBe(true)
    users.push(((await response.json()) as { doc: { id: number } }).doc.id)
    return email
  }
  const dutch = { title: `Heupkracht ${run}`, slug: `heupkracht-${run}`, paragraph: 'Begin rustig en bouw op.' }
  const english = { title: `Hip strength ${run}`, slug: `hip-strength-${run}`, paragraph: 'Start gently and build up.' }

  try {
    const editor = await signedIn(browser, await makeUser('editor'))
    const translator = await signedIn(browser, await makeUser('translator'))

    await test.step('the editor writes a Dutch article with an exercise block and publishes Dutch', async () => {
      const countArticles = async () =>
        (
          (await (await request.get('/api/articles?draft=true&limit=0', { headers: auth })).json()) as {
            totalDocs: number
          }
        ).totalDocs
      const before = await countArticles()
      await editor.goto('/admin/collections/articles/create?locale=nl')
      await field(editor, 'Title').fill(dutch.title)
      // Opening the create view stores nothing: no "<No Name>" draft until the editor saves.
      expect(await countArticles()).toBe(before)
      await field(editor, 'Excerpt').fill('Sterkere heupen in drie weken.')
      const body = editor.locator('[contenteditable="true"]').first()
      await body.click()
      await body.pressSequentially(dutch.paragraph)
      await editor.getByRole('button', { name: 'Save Draft' }).click()
      await expect(editor).toHaveURL(/\/collections\/articles\/\d+/, { timeout: 30_000 })
      await body.click()
      await editor.keyboard.press('End')
      await editor.keyboard.press('Enter')
      await editor.keyboard.type('/Exercise')
      await editor.getByRole('option', { name: 'Exercise', exact: true }).click()
      await editAndAutosave(editor, async () => {
        await editor.locator('#field-exercise .react-select').click()
        await editor.keyboard.type(exercise.name.nl)
        await editor.getByRole('option', { name: exercise.name.nl, exact: true }).click()
      })
      await publishIn(editor, 'Nederlands')
      articleId = Number(/\/collections\/articles\/(\d+)/.exec(editor.url())?.[1])
      expect(articleId).toBeGreaterThan(0)
    })

    await test.step('readers see it in Dutch, with the exercise, and not yet in English', async () => {
      const page = await request.get(`/nl/artikelen/${dutch.slug}`)
      expect(page.status()).toBe(200)
      const html = await page.text()
      expect(html).toContain(dutch.title)
      expect(html).toContain(exercise.name.nl)
      const english = await request.get(`/api/articles/${articleId}?locale=en&fallback-locale=none`)
      expect(english.status()).toBe(404)
    })

    await test.step('the translator finds it among the missing English translations, offered English only', async () => {
      const overview = translator.getByRole('region', { name: 'Translations' })
      await overview.getByRole('link', { name: /^Articles, English: \d+ Missing$/ }).click()
      await expect(translator).toHaveURL(/\/admin\/collections\/articles\?locale=en&/)
      const row = translator.getByRole('row').filter({ hasText: dutch.title })
      await expect(row).toBeVisible({ timeout: 20_000 })
      await expect(row).toContainText('Missing')
      await row.getByRole('link').first().click()
      await expect(translator).toHaveURL(new RegExp(`/admin/collections/articles/${articleId}`))
      const localePicker = translator.getByRole('button', { name: 'Locale' })
      await expect(localePicker).toHaveText(/English/)
      await localePicker.click()
      await expect(translator.getByText('Nederlands', { exact: true })).toHaveCount(0)
      await translator.keyboard.press('Escape')
    })

    await test.step('copies the Dutch text, translates it and publishes English', async () => {
      await translator.getByRole('button', { name: 'Copy the Dutch text' }).click()
      await expect(field(translator, 'Title')).toHaveValue(dutch.title, { timeout: 15_000 })
      await expect(translator.getByText(dutch.paragraph)).toBeVisible()
      await field(translator, 'Title').fill(english.title)
      await field(translator, 'Excerpt').fill('Stronger hips in three weeks.')
      await editAndAutosave(translator, async () => {
        await translator.getByText(dutch.paragraph).click({ clickCount: 3 })
        await translator.keyboard.type(english.paragraph)
      })
      await publishIn(translator, 'English')
    })

    await test.step('the languages side by side show the Dutch beside the English', async () => {
      await translator.getByRole('link', { name: 'Languages side by side' }).click()
      const table = translator.getByRole('table', { name: 'Languages side by side' })
      const title = table.getByRole('row', { name: /^Title/ })
      await expect(title).toContainText(dutch.title)
      await expect(title).toContainText(english.title)
      await expect(table.getByRole('row', { name: /^Body ¶1/ })).toContainText(english.paragraph)
    })

    await test.step('readers see both languages, each at its own address', async () => {
      const en = await request.get(`/en/articles/${english.slug}`)
      expect(en.status()).toBe(200)
      const html = await en.text()
      expect(html).toContain(english.title)
      expect(html).toContain(english.paragraph)
      expect(html).not.toContain(dutch.paragraph)
      expect(html).toContain(exercise.name.en)
      expect(await (await request.get(`/nl/artikelen/${dutch.slug}`)).text()).toContain(dutch.paragraph)
    })

    await test.step('the editor changes the Dutch text, and the English shows as outdated', async () => {
      await editor.goto(`/admin/collections/articles/${articleId}?locale=nl`)
      await editAndAutosave(editor, () => field(editor, 'Excerpt').fill('Sterkere heupen in vier weken.'))
      await publishIn(editor, 'Nederlands')
      await translator.goto('/admin/collections/articles?locale=en')
      const row = translator.getByRole('row').filter({ hasText: english.title })
      await expect(row).toContainText('Outdated', { timeout: 20_000 })
    })

    await test.step('a new Dutch slug sends the old address on with a permanent redirect', async () => {
      const oldPath = `/nl/artikelen/${dutch.slug}`
      await editAndAutosave(editor, () => field(editor, 'Slug').fill(`${dutch.slug}-nieuw`))
      await publishIn(editor, 'Nederlands')
      const answer = await request.get(oldPath, { maxRedirects: 0 })
      expect(answer.status()).toBe(308)
      // Next 16 may repeat the Location header of a redirect from a prerendered route.
      const locations = answer.headersArray().filter((header) => header.name.toLowerCase() === 'location')
      expect(new Set(locations.map((header) => header.value))).toEqual(new Set([`/nl/artikelen/${dutch.slug}-nieuw`]))
      expect((await request.get(`/nl/artikelen/${dutch.slug}-nieuw`)).status()).toBe(200)
      expect((await request.get(`/en/articles/${english.slug}`)).status()).toBe(200)
    })
  } finally {
    if (articleId) {
      await request.delete(`/api/articles/${articleId}`, { headers: auth })
      await request.delete(`/api/redirects?where[from][contains]=${dutch.slug}`, { headers: auth })
    }
    for (const id of users) await request.delete(`/api/users/${id}`, { headers: auth })
  }
})
