import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import { parse as parseXml, validate as validateXml } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Article } from '@/payload-types'
import { articleBodyBlocks } from '@/cms/blocks'
import { plainText } from '@/cms/xliff/inline'
import { readXliff } from '@/cms/xliff/read'
import { segmentsOf, type Segment } from '@/cms/xliff/segments'
import { seed } from '@/seed'
import { origin, rest, startApiPayload, type ApiAnswer } from './support/api'
import { makeUser, richText, testPassword, textNode } from './support/content'

type Collection = 'articles' | 'exercises'
type Version = '2.0' | '1.2'
type Report = { id: number | string; written: string[]; sourceChanged: string[]; unknown: string[]; empty: string[] }

let payload: Payload
const tokens: Record<'editor' | 'translatorEn' | 'translatorNl', string> = {
  editor: '',
  translatorEn: '',
  translatorNl: '',
}

async function tokenOf(role: 'editor' | 'translator', locales?: ('nl' | 'en')[]): Promise<string> {
  const user = await makeUser(payload, role, locales)
  const login = await payload.login({ collection: 'users', data: { email: user.email, password: testPassword } })
  return login.token as string
}

beforeAll(async () => {
  payload = await startApiPayload()
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  await seed(payload)
  tokens.editor = await tokenOf('editor')
  tokens.translatorEn = await tokenOf('translator', ['en'])
  tokens.translatorNl = await tokenOf('translator', ['nl'])
})
afterAll(async () => {
  vi.restoreAllMocks()
  await payload?.destroy()
})

const exportOf = (collection: Collection, id: number | string, version: Version, token?: string, target = 'en') =>
  rest('GET', `/api/${collection}/${id}/xliff?target=${target}&version=${version}`, { token })

/** An import as a CAT tool's user sends it: the file as the request body, or as a form's file field. */
async function importXliff(collection: Collection, xml: string, token?: string, multipart = false): Promise<ApiAnswer> {
  const { default: config } = await import('@payload-config')
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  let body: BodyInit = xml
  if (multipart) {
    const form = new FormData()
    form.set('file', new Blob([xml], { type: 'application/xliff+xml' }), 'translated.xlf')
    body = form
  } else headers.set('Content-Type', 'application/xliff+xml')
  const request = new Request(`${origin}/api/${collection}/xliff`, { method: 'POST', headers, body })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as unknown }
}

/** A translator at work: every target becomes "EN: " and the source, its inline codes kept. */
function translateAll(xml: string, version: Version): string {
  const target = version === '2.0' ? '<target xml:space="preserve">' : '<target state="translated">'
  return xml.replace(
    /(<source[^>]*>)([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g,
    (_, open: string, inner: string) => `${open}${inner}</source>\n        ${target}EN: ${inner}</target>`,
  )
}

type Parsed = Record<string, unknown>
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** Well-formed, with XLIFF's required attributes; the parsed <file> elements. */
function checkStructure(xml: string, version: Version): Parsed[] {
  expect(validateXml(xml)).toBe(true)
  const root = (parseXml(xml, { ignoreAttributes: false, attributeNamePrefix: '@_' }) as Parsed).xliff as Parsed
  expect(root['@_version']).toBe(version)
  const files = asList(root.file as Parsed | Parsed[])
  expect(files.length).toBeGreaterThan(0)
  if (version === '2.0') {
    expect(root['@_xmlns']).toBe('urn:oasis:names:tc:xliff:document:2.0')
    expect(root['@_srcLang']).toBe('nl')
    expect(root['@_trgLang']).toBe('en')
    for (const file of files) {
      expect(file['@_id']).toEqual(expect.any(String))
      for (const unit of asList(file.unit as Parsed | Parsed[])) {
        expect(unit['@_id']).toMatch(/^[\w.-]+$/)
        expect(unit['@_hf:sourceHash']).toMatch(/^[0-9a-f]{16}$/)
        expect((unit.segment as Parsed).source).toBeDefined()
      }
    }
  } else {
    expect(root['@_xmlns']).toBe('urn:oasis:names:tc:xliff:document:1.2')
    for (const file of files) {
      expect(file['@_source-language']).toBe('nl')
      expect(file['@_target-language']).toBe('en')
      expect(file['@_datatype']).toEqual(expect.any(String))
      expect(file['@_original']).toMatch(/^(articles|exercises)\/\w+$/)
      for (const unit of asList((file.body as Parsed)['trans-unit'] as Parsed | Parsed[])) {
        expect(unit['@_id']).toEqual(expect.any(String))
        // CAT tools such as OmegaT want a target in every unit: the source until translated.
        expect(unit.target).toBeDefined()
      }
    }
  }
  return files
}

async function read(collection: Collection, id: number | string, locale: 'nl' | 'en', draft: boolean) {
  const doc: unknown = await payload.findByID({ collection, id, locale, draft, depth: 0, fallbackLocale: false })
  return doc as Record<string, unknown>
}

const segments = (collection: Collection, doc: Record<string, unknown>): Segment[] =>
  segmentsOf(payload.collections[collection].config.fields, articleBodyBlocks, doc)

const codesOf = (segment: Segment) =>
  segment.codes.map((code) => (code.kind === 'format' ? code.bit : code.kind === 'link' ? code.node.url : code.kind))

/** Every Dutch segment reads "EN: " and the Dutch in the English draft, with the same bold, italic and links. */
function expectTranslated(collection: Collection, nl: Record<string, unknown>, en: Record<string, unknown>) {
  const english = new Map(segments(collection, en).map((segment) => [segment.id, segment]))
  const dutch = segments(collection, nl)
  expect(dutch.length).toBeGreaterThan(0)
  for (const segment of dutch) {
    const translated = english.get(segment.id)
    expect(translated, segment.id).toBeDefined()
    expect(plainText(translated?.inline ?? [])).toBe(`EN: ${plainText(segment.inline)}`)
    expect(codesOf(translated as Segment)).toEqual(codesOf(segment))
  }
}

async function roundTrip(collection: Collection, version: Version, multipart = false) {
  const { docs } = await payload.find({ collection, locale: 'nl', limit: 0, pagination: false, depth: 0 })
  expect(docs.length).toBeGreaterThan(0)
  for (const doc of docs) {
    const publishedEn = await read(collection, doc.id, 'en', false)
    const exported = await exportOf(collection, doc.id, version, tokens.translatorEn)
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toContain('application/xliff+xml')
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.xlf"$/)
    checkStructure(exported.text, version)

    const answer = await importXliff(collection, translateAll(exported.text, version), tokens.translatorEn, multipart)
    expect(answer.status, answer.text).toBe(200)
    const [report] = (answer.json as { documents: Report[] }).documents
    expect(report.sourceChanged).toEqual([])
    expect(report.unknown).toEqual([])
    expect(report.written.length).toBeGreaterThan(0)

    const nl = await read(collection, doc.id, 'nl', true)
    const draftEn = await read(collection, doc.id, 'en', true)
    expect(draftEn._status).toBe('draft')
    expectTranslated(collection, nl, draftEn)
    // The published English is what it was: an import is a draft, never published.
    const stillPublished = await read(collection, doc.id, 'en', false)
    const title = collection === 'articles' ? 'title' : 'name'
    expect(stillPublished[title]).toBe(publishedEn[title])
    expect(String(stillPublished[title])).not.toMatch(/^EN: /)
    const publicEn = await payload.find({
      collection,
      locale: 'en',
      overrideAccess: false,
      where: { id: { equals: doc.id } },
    })
    expect(publicEn.docs.map((found) => (found as unknown as Record<string, unknown>)[title])).toEqual([
      publishedEn[title],
    ])
  }
}

describe('XLIFF for professional translators', () => {
  it('round-trips every seeded article and exercise through XLIFF 2.0 into an English draft', async () => {
    await roundTrip('articles', '2.0')
    await roundTrip('exercises', '2.0')
  })

  it('round-trips them through XLIFF 1.2, sent as a form upload', async () => {
    await roundTrip('articles', '1.2', true)
    await roundTrip('exercises', '1.2', true)
  })

  it('keeps bold, italic, links and line breaks of the Dutch rich text as inline codes', async () => {
    const body = richText([
      textNode('Lees '),
      textNode('eerst', 1),
      textNode(' de '),
      {
        type: 'link',
        version: 3,
        format: '',
        indent: 0,
        direction: 'ltr',
        fields: { url: 'https://example.org/heup', newTab: true, linkType: 'custom' },
        children: [textNode('richtlijn', 2)],
      },
      { type: 'linebreak', version: 1 },
      textNode('en rust & herstel <goed>.'),
    ])
    const article = await payload.create({
      collection: 'articles',
      locale: 'nl',
      data: { title: 'Opgemaakt', excerpt: 'Met opmaak', body, _status: 'published' },
    })
    for (const version of ['2.0', '1.2'] as const) {
      const exported = await exportOf('articles', article.id, version, tokens.editor)
      expect(exported.text).toContain(
        version === '2.0' ? '<pc id="1" type="fmt" subType="xlf:b">eerst</pc>' : '<g id="1" ctype="bold">eerst</g>',
      )
      expect(exported.text).toContain(
        version === '2.0' ? '<ph id="4" type="fmt" subType="xlf:lb"/>' : '<x id="4" ctype="lb"/>',
      )
      expect(exported.text).toContain('rust &amp; herstel &lt;goed&gt;.')
      const answer = await importXliff('articles', translateAll(exported.text, version), tokens.translatorEn)
      expect(answer.status, answer.text).toBe(200)
      const en = (await read('articles', article.id, 'en', true)) as unknown as Article
      const paragraph = en.body.root.children[0] as unknown as { children: Record<string, unknown>[] }
      expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'text', 'text', 'link', 'linebreak', 'text'])
      expect(paragraph.children[0]).toMatchObject({ text: 'EN: Lees ', format: 0 })
      expect(paragraph.children[1]).toMatchObject({ text: 'eerst', format: 1 })
      expect(paragraph.children[3]).toMatchObject({
        fields: { url: 'https://example.org/heup', newTab: true },
        children: [{ text: 'richtlijn', format: 2 }],
      })
      expect(paragraph.children[5]).toMatchObject({ text: 'en rust & herstel <goed>.' })
    }
  })

  it('skips and names a segment whose Dutch text changed after the export', async () => {
    const { docs } = await payload.find({ collection: 'exercises', locale: 'nl', limit: 1, depth: 0 })
    const exercise = docs[0]
    const exported = await exportOf('exercises', exercise.id, '2.0', tokens.translatorEn)
    await payload.update({
      collection: 'exercises',
      id: exercise.id,
      locale: 'nl',
      data: { summary: 'Een nieuwe Nederlandse samenvatting.' },
    })
    const before = await read('exercises', exercise.id, 'en', true)
    const answer = await importXliff('exercises', translateAll(exported.text, '2.0'), tokens.translatorEn)
    expect(answer.status, answer.text).toBe(200)
    const [report] = (answer.json as { documents: Report[] }).documents
    expect(report.sourceChanged).toEqual(['summary'])
    expect(report.written).toContain('name')
    expect((answer.json as { message: string }).message).toMatch(/1 skipped/)
    const after = await read('exercises', exercise.id, 'en', true)
    expect(after.summary).toBe(before.summary)
    expect(after.name).toBe(`EN: ${String(exercise.name)}`)
  })

  it('checks the source itself when a CAT tool dropped the fingerprints', async () => {
    const { docs } = await payload.find({ collection: 'exercises', locale: 'nl', limit: 1, page: 2, depth: 0 })
    const exported = await exportOf('exercises', docs[0].id, '1.2', tokens.editor)
    const withoutHashes = exported.text.replace(/ hf:sourceHash="[0-9a-f]+"/g, '')
    const changed = withoutHashes.replace(/(<trans-unit id="name"[^>]*>\s*<source>)/, '$1Oud: ')
    const answer = await importXliff('exercises', translateAll(changed, '1.2'), tokens.editor)
    expect(answer.status, answer.text).toBe(200)
    const [report] = (answer.json as { documents: Report[] }).documents
    expect(report.sourceChanged).toEqual(['name'])
    expect(report.written).toContain('summary')
  })

  it('exports a batch as one file with a <file> per document', async () => {
    const { docs } = await payload.find({ collection: 'exercises', locale: 'nl', limit: 2, depth: 0 })
    const ids = docs.map((doc) => doc.id).join(',')
    const batch = await rest('GET', `/api/exercises/xliff?target=en&version=2.0&ids=${ids}`, { token: tokens.editor })
    expect(batch.status).toBe(200)
    expect(checkStructure(batch.text, '2.0')).toHaveLength(2)
    const answer = await importXliff('exercises', translateAll(batch.text, '2.0'), tokens.editor)
    expect(answer.status, answer.text).toBe(200)
    expect((answer.json as { documents: Report[] }).documents).toHaveLength(2)
    const missing = await rest('GET', '/api/articles/xliff?target=en&version=1.2&which=missing', {
      token: tokens.editor,
    })
    expect(missing.status).toBe(200)
    expect(validateXml(missing.text)).toBe(true)
  })

  it('answers a malformed or foreign file with a 400 that says so', async () => {
    const broken = await importXliff('articles', '<xliff version="2.0"><file><unit id="title">', tokens.editor)
    expect(broken.status).toBe(400)
    expect(JSON.stringify(broken.json)).toMatch(/not well-formed XML/)
    const notXliff = await importXliff('articles', '<html><body/></html>', tokens.editor)
    expect(notXliff.status).toBe(400)
    expect(JSON.stringify(notXliff.json)).toMatch(/not an XLIFF file/)
    const empty = await importXliff('articles', '', tokens.editor)
    expect(empty.status).toBe(400)
  })

  it('refuses anonymous callers, unknown documents and other languages than a translator’s own', async () => {
    const { docs } = await payload.find({ collection: 'articles', locale: 'nl', limit: 1, depth: 0 })
    const id = docs[0].id
    expect((await exportOf('articles', id, '2.0')).status).toBe(401)
    const exported = await exportOf('articles', id, '2.0', tokens.editor)
    expect((await importXliff('articles', exported.text)).status).toBe(401)
    expect((await exportOf('articles', '999999', '2.0', tokens.editor)).status).toBe(404)
    expect((await rest('GET', `/api/nothing/${id}/xliff?target=en`, { token: tokens.editor })).status).toBe(404)
    expect((await exportOf('articles', id, '2.0', tokens.translatorNl)).status).toBe(403)
    // A translator for English may import English, not Dutch.
    const intoDutch = exported.text.replace('trgLang="en"', 'trgLang="nl"')
    expect((await importXliff('articles', translateAll(intoDutch, '2.0'), tokens.translatorEn)).status).toBe(403)
    const nl = await read('articles', id, 'nl', true)
    expect(String(nl.title)).not.toMatch(/^EN: /)
    const other = await importXliff('exercises', exported.text, tokens.editor)
    expect(other.status).toBe(400)
  })
})

/** OmegaT, a real CAT tool: Debian's `omegat` package (bash .ci/run installs it). */
function hasOmegaT(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v omegat'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const escapeXml = (text: string) =>
  text.replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char] as string)

/** An OmegaT project holding the file, with a translation memory that translates every segment "EN: …". */
function omegatProject(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'heupfit-omegat-'))
  for (const sub of ['source', 'target', 'tm/auto', 'omegat', 'glossary', 'dictionary'])
    mkdirSync(path.join(dir, sub), { recursive: true })
  writeFileSync(path.join(dir, 'source', 'document.xlf'), xml)
  writeFileSync(
    path.join(dir, 'omegat.project'),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
  <source_dir>source</source_dir><source_dir_excludes/><target_dir>target</target_dir><tm_dir>tm</tm_dir>
  <glossary_dir>glossary</glossary_dir><glossary_file>glossary/glossary.txt</glossary_file>
  <dictionary_dir>dictionary</dictionary_dir><source_lang>nl</source_lang><target_lang>en</target_lang>
  <source_tok>org.omegat.tokenizer.LuceneDutchTokenizer</source_tok>
  <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
  <sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations>
  <remove_tags>false</remove_tags>
</project></omegat>`,
  )
  const units = readXliff(xml).files.flatMap((file) => file.units)
  const entries = units.map((unit) => {
    const source = escapeXml(plainText(unit.source))
    return `<tu><tuv xml:lang="nl"><seg>${source}</seg></tuv><tuv xml:lang="en"><seg>EN: ${source}</seg></tuv></tu>`
  })
  writeFileSync(
    path.join(dir, 'tm', 'auto', 'heupfit.tmx'),
    `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="heupfit-test" creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="nl" datatype="plaintext"/>
<body>${entries.join('\n')}</body></tmx>`,
  )
  return dir
}

describe('XLIFF 1.2 through OmegaT', () => {
  it('imports what OmegaT translated in console mode into the English draft', async () => {
    expect(hasOmegaT(), 'OmegaT is needed: apt-get install omegat (bash .ci/run installs it)').toBe(true)
    // A new exercise with no English yet: OmegaT keeps a target that is already translated.
    const exercise = await payload.create({
      collection: 'exercises',
      locale: 'nl',
      data: {
        name: 'Zijplank met draai',
        summary: 'Sterke heupen & een stabiele romp.',
        videoUrl: 'https://vimeo.com/123456',
        steps: [{ text: 'Steun op je onderarm.' }, { text: 'Draai je bovenlichaam open.' }],
        cues: [{ text: 'Houd je heup hoog.' }],
        safetyNotes: 'Stop bij pijn in de lies.',
        type: 'strength',
        difficulty: 'beginner',
        bodyRegions: ['core'],
        _status: 'published',
      },
    })
    const exported = await exportOf('exercises', exercise.id, '1.2', tokens.translatorEn)
    const dir = omegatProject(exported.text)
    try {
      execFileSync('omegat', [dir, '--mode=console-translate'], { stdio: 'ignore', timeout: 120_000 })
      const translated = readFileSync(path.join(dir, 'target', 'document.xlf'), 'utf8')
      const answer = await importXliff('exercises', translated, tokens.translatorEn)
      expect(answer.status, answer.text).toBe(200)
      const [report] = (answer.json as { documents: Report[] }).documents
      expect(report.sourceChanged).toEqual([])
      expect(report.written.length).toBe(readXliff(exported.text).files[0].units.length)
      const nl = await read('exercises', exercise.id, 'nl', true)
      const en = await read('exercises', exercise.id, 'en', true)
      expectTranslated('exercises', nl, en)
      expect(en.summary).toBe('EN: Sterke heupen & een stabiele romp.')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
