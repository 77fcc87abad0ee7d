import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPassword } from './support/content'
import { fieldErrors } from './support/errors'
import { rest, startApiPayload } from './support/api'

let payload: Payload
const seedMedia = path.resolve('src/seed/media')
const scratch = mkdtempSync(path.join(tmpdir(), 'heupfit-uploads-'))

beforeAll(async () => {
  payload = await startApiPayload()
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

  it.each([
    ['a cue without a timing line', 'WEBVTT\n\nHallo\nwereld\n', 'line 4'],
    ['a cue that ends before it starts', 'WEBVTT\n\n1\n00:00:05.000 --> 00:00:01.000\nTerug in de tijd\n', 'line 4'],
    ['a timing with a comma (SubRip)', 'WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nKomma\n', 'line 3'],
    ['no cues at all', 'WEBVTT\n\nNOTE alleen een opmerking\n', 'no cues'],
  ])('refuses a WebVTT file with %s, naming the line', async (_, text, where) => {
    const file = path.join(scratch, 'cue.vtt')
    writeFileSync(file, text)
    const errors = await fieldErrors(payload.create({ collection: 'media', filePath: file, data: {} }))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('"cue.vtt" is not a valid WebVTT file')
    expect(errors[0]).toContain(where)
  })

  it('accepts WebVTT with notes, styles, cue identifiers, settings and hours', async () => {
    const file = path.join(scratch, 'full.vtt')
    writeFileSync(
      file,
      '\uFEFFWEBVTT - Heupfit\r\nKind: captions\r\n\r\nNOTE gemaakt met de hand\r\n\r\nSTYLE\r\n::cue { color: yellow }\r\n\r\n' +
        'intro\r\n00:00.000 --> 00:02.500 line:0 align:start\r\n<v Coach>Ga liggen</v>\r\n\r\n01:00:00.000 --> 01:00:01.000\r\nEinde\r\n',
    )
    const media = await payload.create({ collection: 'media', filePath: file, data: {} })
    expect(media.mimeType).toBe('text/vtt')
  })
})

describe('uploads are what their bytes say', () => {
  const jpeg = path.join(seedMedia, 'articles/overloaded-hip.jpg')
  const lying: [string, string, () => Buffer][] = [
    ['a JPEG named .png', 'photo.png', () => readFileSync(jpeg)],
    ['a JPEG named .mp4', 'clip.mp4', () => readFileSync(jpeg)],
    ['an mp4 named .webm', 'clip.webm', () => readFileSync(path.join(seedMedia, 'exercises/clamshell.mp4'))],
    ['plain text named .jpg', 'notes.jpg', () => Buffer.from('just some text, no image')],
    ['HTML named .png', 'page.png', () => Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a PDF named .jpg', 'paper.jpg', () => Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n')],
  ]

  it.each(lying)('refuses %s with a 400 that says what it is', async (_, name, bytes) => {
    const file = path.join(scratch, name)
    writeFileSync(file, bytes())
    const errors = await fieldErrors(payload.create({ collection: 'media', filePath: file, data: { alt: 'x' } }))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(name)
  })

  it('refuses a JPEG whose request claims it is a PNG (REST upload)', async () => {
    const form = new FormData()
    form.append('file', new Blob([readFileSync(jpeg)], { type: 'image/png' }), 'photo.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Hardloper' }))
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'uploader@example.com', password: testPassword, role: 'editor' },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: testPassword },
    })
    const answer = await rest('POST', '/api/media?locale=nl', { token: token!, body: form })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('image/jpeg')
  })

  it.each([
    ['an SVG', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'],
    [
      'an SVG with a script, named .png',
      'logo.png',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ],
  ])('refuses %s, saying why SVG is not taken', async (_, name, text) => {
    const file = path.join(scratch, name)
    writeFileSync(file, text)
    const errors = await fieldErrors(payload.create({ collection: 'media', filePath: file, data: { alt: 'x' } }))
    expect(errors).toEqual([
      'SVG images cannot be uploaded: they can carry scripts. Upload the image as PNG, JPEG, WebP or AVIF.',
    ])
  })

  it('serves a file with its own type and nosniff', async () => {
    const file = path.join(scratch, 'served.jpg')
    copyFileSync(jpeg, file)
    const image = await payload.create({ collection: 'media', filePath: file, data: { alt: 'Baan' } })
    const answer = await rest('GET', `/api/media/file/${image.filename}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('image/jpeg')
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    const captions = await payload.create({
      collection: 'media',
      filePath: path.join(seedMedia, 'exercises/clamshell.nl.vtt'),
      data: {},
    })
    const track = await rest('GET', `/api/media/file/${captions.filename}`)
    expect(track.headers.get('content-type')).toMatch(/^text\/vtt/)
    expect(track.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers a missing file with 404, and refuses a file name with a control character', async () => {
    expect((await rest('GET', '/api/media/file/no-such-file.jpg')).status).toBe(404)
    const errors = await fieldErrors(
      payload.create({
        collection: 'media',
        file: { data: readFileSync(jpeg), mimetype: 'image/jpeg', name: 'baan\nfoto.jpg', size: statSync(jpeg).size },
        data: { alt: 'Baan' },
      }),
    )
    expect(errors).toEqual([
      'The file name holds a control character (such as a line break): rename the file and upload it again.',
    ])
  })

  it('refuses a file type the site cannot show', async () => {
    const text = path.join(scratch, 'notes.txt')
    writeFileSync(text, 'plain text')
    await expect(payload.create({ collection: 'media', filePath: text, data: {} })).rejects.toThrow()
  })
})
