import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { editableLocales } from '@/cms/access/roles'
import { articleBodyBlocks } from '@/cms/blocks'
import { isDatabaseUnavailable } from '@/cms/database/unavailable'
import { translate, type AdminKey } from '@/cms/translations'
import { readXliff, XliffError, type ParsedFile } from './read'
import { segmentsOf } from './segments'
import { translatedData, type ImportReport } from './translate'
import { buildXliff, isXliffVersion, type XliffDocument, type XliffVersion } from './write'

type Data = Record<string, unknown>
type TranslatableCollection = Extract<CollectionSlug, 'articles' | 'exercises'>

/** The most documents one batch export holds. */
const batchLimit = 100
/** The largest file an import reads: a long article is a few hundred kilobytes of XLIFF. */
const largestImport = 10 * 1024 * 1024

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly key: AdminKey,
    readonly values: Record<string, string> = {},
  ) {
    super(key)
  }
}

const answer = (req: PayloadRequest, status: number, key: AdminKey, values?: Record<string, string>) =>
  Response.json({ errors: [{ message: translate(req.t, key, values) }] }, { status })

/** Runs a handler; a refusal or an unreadable file is the caller's 4xx with a sentence, never a 500. */
const guarded =
  (handler: (req: PayloadRequest) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof Refusal) return answer(req, error.status, error.key, error.values)
      if (error instanceof XliffError) return answer(req, 400, error.message as AdminKey, error.values)
      if (error instanceof APIError && error.status < 500)
        return Response.json({ errors: [{ message: error.message, data: error.data }] }, { status: error.status })
      throw error
    }
  }

/** Signed in, and allowed to write the target language: the same rule as a save. */
function targetFor(req: PayloadRequest, requested: unknown): Locale {
  if (!req.user) throw new Refusal(401, 'xliffSignIn')
  if (!isLocale(requested)) throw new Refusal(400, 'xliffTargetLanguage', { language: String(requested ?? '') })
  if (!editableLocales(req.user).includes(requested))
    throw new Refusal(403, 'xliffNotYourLanguage', { language: requested })
  if (requested === defaultLocale) throw new Refusal(400, 'xliffTargetLanguage', { language: requested })
  return requested
}

function versionFor(requested: string | null): XliffVersion {
  const version = requested ?? '2.0'
  if (!isXliffVersion(version)) throw new Refusal(400, 'xliffVersion', { version })
  return version
}

async function load(req: PayloadRequest, collection: TranslatableCollection, id: unknown, locale: Locale) {
  try {
    const doc = await req.payload.findByID({
      collection,
      id: id as number | string,
      locale,
      draft: true,
      depth: 0,
      fallbackLocale: false,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    return doc ? (doc as unknown as Data) : undefined
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error
    // An id that cannot be one (a word where numbers are ids): no such document.
    return undefined
  }
}

async function documentFor(
  req: PayloadRequest,
  collection: TranslatableCollection,
  id: unknown,
  target: Locale,
): Promise<XliffDocument & { source: Data }> {
  const source = await load(req, collection, id, defaultLocale)
  if (!source) throw new Refusal(404, 'xliffNotFound', { id: String(id) })
  const translation = (await load(req, collection, id, target)) ?? {}
  const fields = req.payload.collections[collection].config.fields
  return {
    collection,
    id: source.id as number | string,
    segments: segmentsOf(fields, articleBodyBlocks, source),
    translation,
    source,
  }
}

function download(xml: string, filename: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xliff+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}

const extension = (version: XliffVersion) => (version === '2.0' ? 'xlf' : 'xliff12.xlf')

/** The ids a batch export asks for: `ids=1,2`, or `which=missing|outdated` in the target language. */
async function batchIds(req: PayloadRequest, collection: TranslatableCollection, target: Locale): Promise<unknown[]> {
  const ids = req.searchParams.get('ids')
  if (ids)
    return ids
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .slice(0, batchLimit)
  const which = req.searchParams.get('which')
  if (which !== 'missing' && which !== 'outdated') throw new Refusal(400, 'xliffWhich')
  const wanted = which === 'missing' ? ['missing', 'notTranslated'] : ['outdated']
  const { docs } = await req.payload.find({
    collection,
    locale: target,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    fallbackLocale: false,
    user: req.user,
    overrideAccess: false,
    select: { translationStatus: true },
  })
  return docs
    .filter((doc) => wanted.includes(String((doc as Data).translationStatus)))
    .map((doc) => doc.id)
    .slice(0, batchLimit)
}

async function bodyOf(req: PayloadRequest): Promise<string> {
  if (Number(req.headers.get('content-length') ?? 0) > largestImport) throw new Refusal(413, 'xliffTooLarge')
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data') && req.formData) {
    const file = (await req.formData()).get('file')
    if (file && typeof file !== 'string') return file.text()
    if (typeof file === 'string') return file
    throw new Refusal(400, 'xliffNoFile')
  }
  const text = req.text ? await req.text() : ''
  if (!text.trim()) throw new Refusal(400, 'xliffNoFile')
  if (text.length > largestImport) throw new Refusal(413, 'xliffTooLarge')
  return text
}

function documentIdOf(file: ParsedFile, collection: TranslatableCollection): string {
  const [fileCollection, id, ...rest] = file.original.split('/')
  if (!id || rest.length > 0) throw new Refusal(400, 'xliffNoOriginal')
  if (fileCollection !== collection) throw new Refusal(400, 'xliffOtherCollection', { collection: fileCollection })
  return id
}

/**
 * XLIFF for professional translators: one document (`GET /api/{collection}/{id}/xliff`), a batch
 * (`GET /api/{collection}/xliff?ids=…` or `which=missing|outdated`), and the import of a
 * translated file as a draft in its target language (`POST /api/{collection}/xliff`).
 */
export function xliffEndpoints(collection: TranslatableCollection): Endpoint[] {
  return [
    {
      path: '/:id/xliff',
      method: 'get',
      handler: guarded(async (req) => {
        const target = targetFor(req, req.searchParams.get('target') ?? 'en')
        const version = versionFor(req.searchParams.get('version'))
        const document = await documentFor(req, collection, req.routeParams?.id, target)
        const xml = buildXliff({
          documents: [document],
          sourceLanguage: defaultLocale,
          targetLanguage: target,
          version,
        })
        return download(xml, `${collection}-${document.id}.${defaultLocale}-${target}.${extension(version)}`)
      }),
    },
    {
      path: '/xliff',
      method: 'get',
      handler: guarded(async (req) => {
        const target = targetFor(req, req.searchParams.get('target') ?? 'en')
        const version = versionFor(req.searchParams.get('version'))
        const documents: XliffDocument[] = []
        for (const id of await batchIds(req, collection, target))
          documents.push(await documentFor(req, collection, id, target))
        const xml = buildXliff({ documents, sourceLanguage: defaultLocale, targetLanguage: target, version })
        return download(xml, `${collection}.${defaultLocale}-${target}.${extension(version)}`)
      }),
    },
    {
      path: '/xliff',
      method: 'post',
      handler: guarded(async (req) => {
        if (!req.user) throw new Refusal(401, 'xliffSignIn')
        const parsed = readXliff(await bodyOf(req))
        if (parsed.files.length === 0) throw new Refusal(400, 'xliffNoOriginal')
        const results: ({ collection: string; id: number | string } & ImportReport)[] = []
        for (const file of parsed.files) {
          if (file.sourceLanguage !== defaultLocale)
            throw new Refusal(400, 'xliffSourceLanguage', { language: file.sourceLanguage ?? '' })
          const target = targetFor(req, file.targetLanguage)
          const document = await documentFor(req, collection, documentIdOf(file, collection), target)
          const { data, report } = translatedData({
            fields: req.payload.collections[collection].config.fields,
            segments: document.segments,
            units: file.units,
            translation: document.translation,
            source: document.source,
          })
          if (report.written.length > 0)
            await req.payload.update({
              collection,
              id: document.id,
              locale: target,
              draft: true,
              data: { ...data, _status: 'draft' },
              user: req.user,
              overrideAccess: false,
            })
          results.push({ collection, id: document.id, ...report })
        }
        const written = results.reduce((sum, result) => sum + result.written.length, 0)
        const changed = results.reduce((sum, result) => sum + result.sourceChanged.length, 0)
        return Response.json({
          message: translate(req.t, changed ? 'xliffImportedSomeChanged' : 'xliffImported', {
            written: String(written),
            changed: String(changed),
          }),
          documents: results,
        })
      }),
    },
  ]
}
