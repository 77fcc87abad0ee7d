import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transcriptOf } from '@/cms/captions/transcript'
import { makeUser } from './support/content'
import { startPayload } from './support/payload'

/** Caption files as editors' tools write them, and the transcript a reader should get. */
const captionFiles: { what: string; vtt: string; transcript: string[] }[] = [
  {
    what: 'numbered cues with hour-less timings',
    vtt: 'WEBVTT\n\n1\n00:00.000 --> 00:02.000\nBilbrug\n\n2\n00:02.000 --> 00:03.600\nLig op je rug\n',
    transcript: ['Bilbrug', 'Lig op je rug'],
  },
  {
    what: 'cues without ids, with settings and full timings',
    vtt: 'WEBVTT - made by hand\n\n00:00:00.000 --> 00:00:02.000 line:0 position:20% align:start\nLie on your back\n',
    transcript: ['Lie on your back'],
  },
  {
    what: 'a cue over two lines becomes one line',
    vtt: 'WEBVTT\n\n00:01.000 --> 00:04.000\nPush your hips up\nuntil your body is straight\n',
    transcript: ['Push your hips up until your body is straight'],
  },
  {
    what: 'NOTE, STYLE and REGION blocks are not spoken',
    vtt: 'WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:left width:40%\n\nNOTE checked by the physio\n\n00:01.000 --> 00:02.000\nHold\n',
    transcript: ['Hold'],
  },
  {
    what: 'voice, class, italic and timestamp tags are dropped',
    vtt: 'WEBVTT\n\n00:01.000 --> 00:03.000\n<v Coach>Keep <i>your</i> <c.loud>pelvis</c> still</v>\n\n00:03.000 --> 00:05.000\nslowly <00:04.000>down\n',
    transcript: ['Keep your pelvis still', 'slowly down'],
  },
  {
    what: 'entities become characters, and markup in them stays text',
    vtt: 'WEBVTT\n\n00:01.000 --> 00:02.000\nKnee &amp; hip &lt;script&gt;alert(1)&lt;/script&gt; &#233;&#x00E9;&nbsp;ok&lrm;\n',
    transcript: ['Knee & hip <script>alert(1)</script> éé ok'],
  },
  {
    what: 'Windows line ends and a byte order mark',
    vtt: '\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nDead bug\r\n\r\n00:02.000 --> 00:03.000\r\nArms up\r\n',
    transcript: ['Dead bug', 'Arms up'],
  },
  {
    what: 'roll-up captions that repeat a cue give it once',
    vtt: 'WEBVTT\n\n00:01.000 --> 00:02.000\nStep down\n\n00:02.000 --> 00:03.000\nStep down\n\n00:03.000 --> 00:04.000\nslowly\n',
    transcript: ['Step down', 'slowly'],
  },
  { what: 'a file with no cues has no transcript', vtt: 'WEBVTT\n\nNOTE nothing yet\n', transcript: [] },
]

describe(`a transcript is the text of the caption file (${captionFiles.length} files)`, () => {
  for (const { what, vtt, transcript } of captionFiles) {
    it(what, () => {
      expect(transcriptOf(vtt)).toEqual(transcript)
    })
  }
})

describe('a caption file keeps its transcript', () => {
  let payload: Payload
  const scratch = mkdtempSync(path.join(tmpdir(), 'heupfit-transcripts-'))
  const vttFile = (name: string, ...cues: string[]) => {
    const file = path.join(scratch, name)
    writeFileSync(
      file,
      `WEBVTT\n\n${cues.map((cue, index) => `00:0${index}.000 --> 00:0${index + 1}.000\n${cue}`).join('\n\n')}\n`,
    )
    return file
  }

  beforeAll(async () => {
    payload = await startPayload()
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('makes the transcript when the file is uploaded, and remakes it when the file is replaced', async () => {
    const editor = await makeUser(payload, 'editor')
    const media = await payload.create({
      collection: 'media',
      filePath: vttFile('bridge.en.vtt', 'Lie on your back', 'Lift your hips'),
      data: {},
      user: editor,
      overrideAccess: false,
    })
    expect(media.transcript).toBe('Lie on your back\nLift your hips')

    const replaced = await payload.update({
      collection: 'media',
      id: media.id,
      filePath: vttFile('bridge-v2.en.vtt', 'Lie down on your back', 'Push your hips up', 'Lower slowly'),
      data: {},
      user: editor,
      overrideAccess: false,
    })
    expect(replaced.transcript).toBe('Lie down on your back\nPush your hips up\nLower slowly')

    const relabelled = await payload.update({
      collection: 'media',
      id: media.id,
      locale: 'nl',
      data: { caption: 'Bilbrug' },
      user: editor,
      overrideAccess: false,
    })
    expect(relabelled.transcript, 'a save without a new file keeps the transcript').toBe(replaced.transcript)
  })

  it('never takes a transcript written by hand over the API', async () => {
    const editor = await makeUser(payload, 'editor')
    const media = await payload.create({
      collection: 'media',
      filePath: vttFile('hops.en.vtt', 'Hop on one leg'),
      data: {},
      user: editor,
      overrideAccess: false,
    })
    const written = await payload.update({
      collection: 'media',
      id: media.id,
      data: { transcript: 'Something the video never says' },
      user: editor,
      overrideAccess: false,
    })
    expect(written.transcript).toBe('Hop on one leg')
  })

  it('gives an image no transcript', async () => {
    const image = await payload.create({
      collection: 'media',
      filePath: path.resolve('src/seed/media/exercises/clamshell.jpg'),
      data: { alt: 'Clamshell' },
    })
    expect(image.transcript ?? null).toBeNull()
  })
})
