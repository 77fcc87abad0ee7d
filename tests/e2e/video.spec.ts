import { readFileSync } from 'node:fs'

import { expect, test, type Locator, type Page } from '@playwright/test'

import {
  articleExerciseBlocks,
  exerciseByKey,
  locales,
  open,
  paths,
  projectFile,
  type Locale,
  type SeedExercise,
} from './support/site'

/** Checks one exercise video: captions in the page's language, a playable file, its metadata. */
async function expectCaptionedVideo(page: Page, video: Locator, locale: Locale, exercise: SeedExercise) {
  await expect(video).toBeVisible()
  await expect(video).toHaveAttribute('controls', '')
  await expect(video).toHaveAttribute('preload', 'metadata')

  // The captions track: in the page's language, on by default, that language's .vtt file.
  const track = video.locator('track[kind="captions"]')
  await expect(track).toHaveCount(1)
  await expect(track).toHaveAttribute('srclang', locale)
  await expect(track).toHaveAttribute('default', '')
  const trackSrc = await track.getAttribute('src')
  expect(trackSrc, 'the captions track names its file').toBeTruthy()
  expect(trackSrc!, `a ${locale} caption file`).toMatch(new RegExp(`${exercise.key}\\.${locale}(-\\d+)?\\.vtt$`))

  const captions = await page.request.get(new URL(trackSrc!, page.url()).href)
  expect(captions.status(), `GET ${trackSrc}`).toBe(200)
  expect(captions.headers()['content-type']).toMatch(/^text\/vtt/)
  const text = await captions.text()
  expect(text.startsWith('WEBVTT'), `${trackSrc} starts with WEBVTT`).toBe(true)
  // The very file the editors uploaded for this language, not the other language's.
  expect(text.trim()).toBe(
    readFileSync(projectFile(`src/seed/media/exercises/${exercise.key}.${locale}.vtt`), 'utf8').trim(),
  )

  // The browser loads the track as the video's default captions, in the page's language.
  await expect
    .poll(() => track.evaluate((element: HTMLTrackElement) => element.readyState), {
      message: 'the captions track loads',
    })
    .toBe(2 /* HTMLTrackElement.LOADED */)
  const textTrack = await video.evaluate((element: HTMLVideoElement) => ({
    language: element.textTracks[0]?.language,
    kind: element.textTracks[0]?.kind,
    mode: element.textTracks[0]?.mode,
    cues: element.textTracks[0]?.cues?.length ?? 0,
  }))
  expect(textTrack).toEqual({ language: locale, kind: 'captions', mode: 'showing', cues: expect.any(Number) })
  expect(textTrack.cues, 'the captions have cues').toBeGreaterThan(0)

  // The WebM first (smaller, for browsers that play it), then the mp4; each served as what it says.
  const sources = video.locator('source')
  await expect(sources).toHaveCount(2)
  const formats = [
    ['webm', 'video/webm'],
    ['mp4', 'video/mp4'],
  ] as const
  for (const [index, [extension, type]] of formats.entries()) {
    const source = sources.nth(index)
    await expect(source).toHaveAttribute('type', type)
    const videoSrc = await source.getAttribute('src')
    expect(videoSrc).toMatch(new RegExp(`${exercise.key}(-\\d+)?\\.${extension}$`))
    const file = await page.request.get(new URL(videoSrc!, page.url()).href, { headers: { Range: 'bytes=0-1023' } })
    expect([200, 206], `GET ${videoSrc}`).toContain(file.status())
    expect(file.headers()['content-type']).toMatch(new RegExp(`^${type}`))
  }

  // preload="metadata": the browser fetches enough to know the video's size and length.
  await video.scrollIntoViewIfNeeded()
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), {
      message: 'the video loads its metadata (readyState ≥ HAVE_METADATA)',
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(1)
  const metadata = await video.evaluate((element: HTMLVideoElement) => ({
    duration: element.duration,
    width: element.videoWidth,
    height: element.videoHeight,
    error: element.error?.code ?? null,
  }))
  expect(metadata.error, 'the video has no media error').toBeNull()
  expect(metadata.duration).toBeGreaterThan(0)
  expect(metadata.width).toBeGreaterThan(0)
  expect(metadata.height).toBeGreaterThan(0)
}

for (const locale of locales) {
  const language = locale === 'nl' ? 'Dutch' : 'English'

  test(`the first exercise video in the ${language} article has ${language} captions and loads`, async ({ page }) => {
    await open(page, paths.article(locale))
    const first = articleExerciseBlocks(locale)[0]
    const video = page.locator('section.exercise-card').first().locator('video')
    await expectCaptionedVideo(page, video, locale, first)
  })

  test(`an exercise page's video has ${language} captions and loads`, async ({ page }) => {
    const exercise = exerciseByKey('side-plank')
    await open(page, paths.exercise(locale, exercise))
    await expectCaptionedVideo(page, page.getByRole('main').locator('video'), locale, exercise)
  })
}
