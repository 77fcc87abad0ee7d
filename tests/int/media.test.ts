import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fieldErrors } from './support/errors'
import { startPayload } from './support/payload'

let payload: Payload
const seedMedia = path.resolve('src/seed/media')
const scratch = mkdtempSync(path.join(tmpdir(), 'heupfit-uploads-'))

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

describe('uploads', () => {
  it('makes responsive sizes of an image and keeps its alt text per language', async () => {
    const image = await payload.create({
      collection: 'media',
      locale: 'nl',
      filePath: path.join(seedMedia, 'articles/overloaded-hip.jpg'),
      data: { alt: 'Een hardloper op de baan' },
    })
    await payload.update({ collection: 'media', id: image.id, locale: 'en', data: { alt: 'A runner on the track' } })
    expect(image.mimeType).toBe('image/jpeg')
    expect(image.sizes?.card?.width).toBe(800)
    expect(image.sizes?.thumbnail?.width).toBe(400)
    expect(image.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    const en = await payload.findByID({ collection: 'media', id: image.id, locale: 'en' })
    expect(en.alt).toBe('A runner on the track')
  })

  it('refuses an image without alt text', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'media',
        locale: 'nl',
        filePath: path.join(seedMedia, 'people/author.jpg'),
        data: {},
      }),
    )
    expect(errors).toEqual(['An image needs alternative text in this language.'])
  })

  it('accepts mp4 and webm video and WebVTT captions', async () => {
    for (const file of ['exercises/clamshell.mp4', 'exercises/clamshell.webm', 'exercises/clamshell.en.vtt']) {
      const media = await payload.create({ collection: 'media', filePath: path.join(seedMedia, file), data: {} })
      expect(media.filename).toBe(path.basename(file))
    }
  })

  it('refuses a caption file that is not WebVTT, saying why', async () => {
    const fake = path.join(scratch, 'captions.vtt')
    writeFileSync(fake, '1\n00:00:00,000 --> 00:00:02,000\nThis is SubRip, not WebVTT\n')
    const errors = await fieldErrors(payload.create({ collection: 'media', filePath: fake, data: {} }))
    expect(errors).toEqual(['"captions.vtt" is not a WebVTT caption file: its first line must be "WEBVTT".'])
  })

  it('refuses a file type the site cannot show', async () => {
    const text = path.join(scratch, 'notes.txt')
    writeFileSync(text, 'plain text')
    await expect(payload.create({ collection: 'media', filePath: text, data: {} })).rejects.toThrow()
  })
})
