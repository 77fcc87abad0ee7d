import { readFileSync } from 'node:fs'

import { expect, test, type Locator } from '@playwright/test'

import { exerciseByKey, locales, messages, open, paths, projectFile, type Locale } from './support/site'

/** What the seed's caption file says, read from the file: the lines that are neither header, cue number nor timing. */
function spokenLines(key: string, locale: Locale): string[] {
  const vtt = readFileSync(projectFile(`src/seed/media/exercises/${key}.${locale}.vtt`), 'utf8')
  return vtt
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== 'WEBVTT' && !/^\d+$/.test(line) && !line.includes('-->'))
}

const transcriptOf = (scope: Locator) => scope.locator('details.transcript')

for (const locale of locales) {
  const language = locale === 'nl' ? 'Dutch' : 'English'
  const bridge = exerciseByKey('glute-bridge')

  test(`the ${language} exercise page has the video's transcript in ${language}, folded until opened`, async ({
    page,
  }) => {
    await open(page, paths.exercise(locale, bridge))
    const transcript = transcriptOf(page.locator('figure.video'))
    await expect(transcript).toHaveCount(1)
    await expect(transcript).toHaveAttribute('lang', locale)
    await expect(transcript).not.toHaveAttribute('open', /.*/)
    const summary = transcript.locator('summary')
    await expect(summary).toHaveText(messages[locale].exercise.transcript)
    const lines = transcript.locator('p')
    await expect(lines.first()).toBeHidden()
    await summary.click()
    await expect(lines.first()).toBeVisible()
    await expect(lines).toHaveText(spokenLines(bridge.key, locale))
  })

  test(`the ${language} transcript opens without JavaScript, and is in the VideoObject`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await open(page, paths.exercise(locale, bridge))
    const transcript = transcriptOf(page.locator('main'))
    await transcript.locator('summary').click()
    await expect(transcript.locator('p')).toHaveText(spokenLines(bridge.key, locale))
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const howTo = blocks
      .map((text) => JSON.parse(text) as { '@type'?: string; video?: { '@type': string; transcript?: string } })
      .find((block) => block['@type'] === 'HowTo')
    expect(howTo?.video?.['@type']).toBe('VideoObject')
    expect(howTo?.video?.transcript).toBe(spokenLines(bridge.key, locale).join(' '))
    await context.close()
  })

  test(`every exercise video in the ${language} article has its transcript`, async ({ page }) => {
    await open(page, paths.article(locale))
    const videos = page.locator('figure.video')
    const count = await videos.count()
    expect(count).toBeGreaterThan(0)
    for (let index = 0; index < count; index++) {
      await expect(transcriptOf(videos.nth(index)), `video ${index + 1}`).toHaveCount(1)
    }
  })
}
