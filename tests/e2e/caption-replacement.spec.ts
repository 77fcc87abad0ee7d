import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminAuth } from './support/admin-session'

const vtt = (...cues: string[]) =>
  `WEBVTT\n\n${cues.map((cue, index) => `00:0${index}.000 --> 00:0${index + 1}.000\n${cue}`).join('\n\n')}\n`

async function uploadCaptions(request: APIRequestContext, name: string, text: string, id?: number) {
  const file = { name, mimeType: 'text/vtt', buffer: Buffer.from(text) }
  const response = id
    ? await request.patch(`/api/media/${id}`, { headers: adminAuth(), multipart: { file } })
    : await request.post('/api/media', { headers: adminAuth(), multipart: { file } })
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

test.describe('a transcript follows its caption file', () => {
  test('replacing the caption file of a published exercise changes the transcript on its page', async ({
    page,
    request,
  }) => {
    const auth = adminAuth()
    const stamp = Date.now()
    const captions = await uploadCaptions(
      request,
      `test-${stamp}.nl.vtt`,
      vtt('Ga op je rug liggen', 'Til je heupen op'),
    )
    const created = await request.post('/api/exercises?locale=nl', {
      headers: auth,
      data: {
        name: `Transcripttest ${stamp}`,
        summary: 'Een oefening om het transcript te testen.',
        videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        captions,
        steps: [{ text: 'Doe de oefening.' }],
        type: 'strength',
        difficulty: 'beginner',
        bodyRegions: ['hip'],
        _status: 'published',
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    try {
      const path = `/nl/oefeningen/${doc.slug}`
      const lines = page.locator('details.transcript p')
      await expect.poll(async () => (await page.goto(path))?.status()).toBe(200)
      await expect(lines).toHaveText(['Ga op je rug liggen', 'Til je heupen op'])

      await uploadCaptions(
        request,
        `test-${stamp}-v2.nl.vtt`,
        vtt('Lig op je rug', 'Duw je heupen omhoog', 'Zak rustig'),
        captions,
      )
      await expect
        .poll(async () => {
          await page.goto(path)
          return lines.allTextContents()
        })
        .toEqual(['Lig op je rug', 'Duw je heupen omhoog', 'Zak rustig'])
    } finally {
      await request.delete(`/api/exercises/${doc.id}`, { headers: auth })
      await request.delete(`/api/media/${captions}`, { headers: auth })
    }
  })
})
